// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace keyhaven::test {

// The folder the real test volumes were unpacked into. Fails the running test, with a message that
// says what is missing, when they are not there.
QString testDataDir();
QString bitlockerImagesDir();
QString bitlockerImage(const QString& name); // e.g. "bitlk-aes-xts-128" → …/bitlk-aes-xts-128.img

// One section of bitlk-images/images.conf.
struct BitLockerImage
{
    QString name;
    QString guid;
    QString cipher;
    QString password, passwordVmk;
    QString recoveryPassword, recoveryPasswordVmk;
    QString startupKeyVmk, smartCardVmk, clearKeyVmk;
    QString path() const { return bitlockerImage(name); }
};

QList<BitLockerImage> bitlockerImages();
BitLockerImage bitlockerImageNamed(const QString& name);

// A fresh temporary folder for one test, removed when the object goes.
class ScratchDir
{
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    QString path() const { return m_path; }
    QString file(const QString& name) const;
    QString write(const QString& name, const QByteArray& contents) const;

private:
    QString m_path;
};

} // namespace keyhaven::test
