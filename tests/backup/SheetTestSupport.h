// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/RecoveryKey.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTranslator>

#include <memory>

namespace keyhaven::test {

class ScratchDir;

// Keys with everything a sheet shows.
RecoveryKey sheetBitLockerKey();
RecoveryKey sheetFileVaultKey();
// The QR text the sheet must carry, written out here independently of RecoverySheet::qrText().
QByteArray expectedQrText(const RecoveryKey& key);

// Fails the test, naming the Debian package, when a program is missing.
void requireProgram(const QString& program, const char* package);
// The first page of a PDF rendered with pdftoppm and decoded with zbarimg: the QR codes' texts.
QByteArray zbarDecodePdf(const QString& pdfPath, const ScratchDir& scratch);
QString pdfText(const QString& pdfPath);
QString pdfFonts(const QString& pdfPath);
// Keeps a copy of a rendered sheet (PDF and PNG) in $KEYHAVEN_KEEP_SHEETS, when set, to look at.
void keepSheet(const QString& pdfPath, const QString& name);

// The sheet's Japanese words, from tests/backup/data/recovery-sheet_ja.ts compiled with lrelease now and
// installed for as long as the object lives.
class JapaneseSheet
{
public:
    explicit JapaneseSheet(const ScratchDir& scratch);
    ~JapaneseSheet();
    JapaneseSheet(const JapaneseSheet&) = delete;
    JapaneseSheet& operator=(const JapaneseSheet&) = delete;

private:
    QTranslator m_translator;
};

// A CUPS server of the test's own (private configuration, spool and socket) with one cups-pdf queue that
// writes into outputDir(). Stops the server and removes the queue's configuration when it goes.
class PrivateCups
{
public:
    explicit PrivateCups(const ScratchDir& scratch);
    ~PrivateCups();
    PrivateCups(const PrivateCups&) = delete;
    PrivateCups& operator=(const PrivateCups&) = delete;

    QString queue() const { return m_queue; }
    QString server() const { return m_socket; }   // for CUPS_SERVER
    QString outputDir() const { return m_output; }
    // Waits for cups-pdf to write a PDF (at most `seconds`); empty when none came.
    QString waitForOutput(int seconds) const;
    QString log() const; // cupsd's and cups-pdf's logs, for failure messages

private:
    void writeConfiguration() const;
    void addQueue() const;

    QString m_root;
    QString m_socket;
    QString m_output;
    QString m_queue;
    // /etc/cups/cups-pdf-QUEUE.conf: cups-pdf reads its settings only from /etc/cups, this file for the device
    // URI cups-pdf:/QUEUE.
    QString m_pdfConfig;
    std::unique_ptr<QProcess> m_cupsd;
};

} // namespace keyhaven::test
