// SPDX-License-Identifier: GPL-3.0-or-later
// Sample key-material files for the format tests and the CLI tests: encodings, layouts and
// languages. Header-only so that any suite can use it. The sentences are made up in the layout of
// the real files; the readers go by the shapes of IDs and keys, not by the words.
#pragma once

#include "keys/RecoveryKey.h"
#include "keys/SecureBytes.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>
#include <QStringEncoder>
#include <QUuid>

namespace keyhaven::test {

// Two recovery passwords of the test volumes (images.conf), with their protector IDs.
inline const QString firstPassword = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
inline const QString firstId = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
inline const QString secondPassword = QStringLiteral("042647-302313-590458-071500-554323-116567-412181-516978");
inline const QString secondId = QStringLiteral("3FD763F9-74C7-4E90-8FA2-1F6A2E2B4E0C");
// The FileVault test volume's personal recovery key.
inline const QString personalKey = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");
inline const QString realBekId = QStringLiteral("4381F759-C4F8-4DE0-BB61-FC33A831BDA5");

enum class TextEncoding { Utf16LEWithBom, Utf16LE, Utf16BEWithBom, Utf16BE, Utf8WithBom, Utf8 };

inline QList<TextEncoding> allTextEncodings()
{
    return { TextEncoding::Utf16LEWithBom, TextEncoding::Utf16LE,     TextEncoding::Utf16BEWithBom,
             TextEncoding::Utf16BE,        TextEncoding::Utf8WithBom, TextEncoding::Utf8 };
}

inline std::string encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf16LEWithBom:
        return "UTF-16LE with BOM";
    case TextEncoding::Utf16LE:
        return "UTF-16LE without BOM";
    case TextEncoding::Utf16BEWithBom:
        return "UTF-16BE with BOM";
    case TextEncoding::Utf16BE:
        return "UTF-16BE without BOM";
    case TextEncoding::Utf8WithBom:
        return "UTF-8 with BOM";
    case TextEncoding::Utf8:
        return "UTF-8 without BOM";
    }
    return {};
}

inline QByteArray encodeText(const QString& text, TextEncoding encoding)
{
    auto encode = [&text](QStringEncoder::Encoding to, bool bom) {
        QStringEncoder encoder(to, bom ? QStringEncoder::Flag::WriteBom : QStringEncoder::Flag::Default);
        return QByteArray(encoder.encode(text));
    };
    switch (encoding) {
    case TextEncoding::Utf16LEWithBom:
        return encode(QStringEncoder::Utf16LE, true);
    case TextEncoding::Utf16LE:
        return encode(QStringEncoder::Utf16LE, false);
    case TextEncoding::Utf16BEWithBom:
        return encode(QStringEncoder::Utf16BE, true);
    case TextEncoding::Utf16BE:
        return encode(QStringEncoder::Utf16BE, false);
    case TextEncoding::Utf8WithBom:
        return encode(QStringEncoder::Utf8, true);
    case TextEncoding::Utf8:
        return encode(QStringEncoder::Utf8, false);
    }
    return {};
}

inline QByteArray bytesOf(const SecureBytes& bytes)
{
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

inline QString textOf(const SecureBytes& bytes)
{
    return bytes.toQString();
}

// Decodes what recoveryTextFileBytes() wrote: UTF-16LE after a byte-order mark.
inline QString decodeWrittenFile(const SecureBytes& bytes)
{
    const QByteArray raw = bytesOf(bytes);
    REQUIRE(raw.startsWith("\xFF\xFE"));
    QStringDecoder decoder(QStringDecoder::Utf16LE);
    QString text = decoder.decode(QByteArrayView(raw).sliced(2));
    REQUIRE_FALSE(decoder.hasError());
    return text;
}

inline RecoveryKey bitLockerKey(const QString& password, const QString& id)
{
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(id);
    key.secret = SecureBytes::fromUtf8(password);
    return key;
}

inline RecoveryKey fileVaultKey(const QString& prk, const QString& id = {}, const QString& identifier = {})
{
    RecoveryKey key;
    key.kind = KeyKind::FileVaultPersonalRecoveryKey;
    key.id = KeyId::parse(id);
    key.identifier = identifier;
    key.secret = SecureBytes::fromUtf8(prk);
    return key;
}

inline QString realBekPath()
{
    return bitlockerImagesDir() + QLatin1Char('/') + realBekId + QStringLiteral(".BEK");
}

inline QByteArray realBekBytes()
{
    QFile file(realBekPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.size() == 156);
    return bytes;
}

inline void putU16(QByteArray& bytes, qsizetype at, quint16 value)
{
    bytes[at] = static_cast<char>(value & 0xFF);
    bytes[at + 1] = static_cast<char>(value >> 8);
}

inline void putU32(QByteArray& bytes, qsizetype at, quint32 value)
{
    putU16(bytes, at, static_cast<quint16>(value & 0xFFFF));
    putU16(bytes, at + 2, static_cast<quint16>(value >> 16));
}

inline quint16 getU16(const QByteArray& bytes, qsizetype at)
{
    return static_cast<quint16>(static_cast<quint8>(bytes[at]) | (static_cast<quint8>(bytes[at + 1]) << 8));
}

// A GUID in Microsoft's on-disk byte order (Data1, Data2, Data3 little-endian).
inline QByteArray mixedEndian(const QUuid& uuid)
{
    QByteArray raw = uuid.toRfc4122();
    std::reverse(raw.begin(), raw.begin() + 4);
    std::reverse(raw.begin() + 4, raw.begin() + 6);
    std::reverse(raw.begin() + 6, raw.begin() + 8);
    return raw;
}

// Windows 11's 180-byte layout, made from a 156-byte .BEK: a type 0x0019 / value 0x0017 entry with the
// volume GUID before the key entry, and every size field grown by its 24 bytes.
inline QByteArray withVolumeGuidEntry(QByteArray bek, const QUuid& volume)
{
    constexpr qsizetype nested = 0x50; // after the 48-byte header and the startup-key entry's own 32 bytes
    const qsizetype keyEntry = nested + getU16(bek, nested); // after the "ExternalKey" name
    QByteArray entry(8, '\0');
    putU16(entry, 0, 24);
    putU16(entry, 2, 0x0019);
    putU16(entry, 4, 0x0017);
    putU16(entry, 6, 1);
    entry += mixedEndian(volume);
    bek.insert(keyEntry, entry);
    putU32(bek, 0x00, static_cast<quint32>(bek.size()));
    putU32(bek, 0x0C, static_cast<quint32>(bek.size()));
    putU16(bek, 0x30, static_cast<quint16>(getU16(bek, 0x30) + entry.size()));
    return bek;
}

inline QString crlf(QString text)
{
    return text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
}

// Windows 7's layout: a 16-character short ID, then the full one, then the password.
inline QString windows7TextFile(const QString& password = firstPassword, const QString& id = firstId)
{
    return crlf(QStringLiteral("BitLocker Drive Encryption Recovery Key\n\n"
                               "Use this key to get at the data of a BitLocker drive.\n\n"
                               "Compare the identification below with the one on the recovery screen.\n\n"
                               "Recovery key identification: %1\n"
                               "Full recovery key identification: %2\n\n"
                               "BitLocker Recovery Key:\n%3\n\n")
                    .arg(id.left(16), id, password));
}

// Windows 8 to 11 in Japanese and German: localised labels, a full-width colon.
inline QString japaneseTextFile(const QString& password = firstPassword, const QString& id = firstId)
{
    return crlf(
        QStringLiteral("BitLocker ドライブ暗号化の回復キー\n\n"
                       "正しい回復キーであることを確かめるため、次の識別子の先頭を画面の表示と比べてください。\n\n"
                       "識別子：\n\n\t%1\n\n"
                       "識別子が一致したら、次のキーでドライブのロックを解除してください。\n\n"
                       "回復キー：\n\n\t%2\n\n"
                       "一致しない場合、このキーは別のドライブのものです。\n")
            .arg(id, password));
}

inline QString germanTextFile(const QString& password = firstPassword, const QString& id = firstId)
{
    return crlf(
        QStringLiteral("BitLocker-Laufwerkverschlüsselung – Wiederherstellungsschlüssel\n\n"
                       "Vergleichen Sie den Anfang der folgenden Kennung mit der Anzeige auf dem Bildschirm.\n\n"
                       "Bezeichner:\n\n\t%1\n\n"
                       "Stimmen die Kennungen überein, entsperren Sie das Laufwerk mit diesem Schlüssel.\n\n"
                       "Wiederherstellungsschlüssel:\n\n\t%2\n\n"
                       "Andernfalls gehört dieser Schlüssel zu einem anderen Laufwerk.\n")
            .arg(id, password));
}

inline QString manageBdeEnglish()
{
    return crlf(QStringLiteral("BitLocker Drive Encryption: Configuration Tool version 10.0.22621\n"
                               "Copyright (C) 2013 Microsoft Corporation. All rights reserved.\n\n"
                               "Volume C: [Windows]\n"
                               "All Key Protectors\n\n"
                               "    TPM:\n"
                               "      ID: {0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63}\n"
                               "      PCR Validation Profile:\n"
                               "        7, 11\n"
                               "        (Uses Secure Boot for integrity validation)\n\n"
                               "    Numerical Password:\n"
                               "      ID: {%1}\n"
                               "      Password:\n"
                               "        %2\n\n"
                               "    External Key:\n"
                               "      ID: {%3}\n"
                               "      External Key File Name:\n"
                               "        %3.BEK\n\n"
                               "    Numerical Password:\n"
                               "      ID: {%4}\n"
                               "      Password:\n"
                               "        %5\n\n")
                    .arg(firstId, firstPassword, realBekId, secondId, secondPassword));
}

inline QString manageBdeFrench()
{
    return crlf(QStringLiteral("Chiffrement de lecteur BitLocker : outil de configuration version 10.0.19041\n"
                               "Copyright (C) 2013 Microsoft Corporation. Tous droits réservés.\n\n"
                               "Volume D: [Données]\n"
                               "Tous les protecteurs de clés\n\n"
                               "    Mot de passe numérique :\n"
                               "      ID : {%1}\n"
                               "      Mot de passe :\n"
                               "        %2\n\n"
                               "    TPM :\n"
                               "      ID : {0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63}\n"
                               "      Profil de validation PCR :\n"
                               "        7, 11\n\n"
                               "    Mot de passe numérique :\n"
                               "      ID : {%3}\n"
                               "      Mot de passe :\n"
                               "        %4\n")
                    .arg(firstId, firstPassword, secondId, secondPassword));
}

inline QString powerShellProtector(const QString& id, const QString& type, const QString& password)
{
    return QStringLiteral("{\n"
                          "    \"KeyProtectorId\":  \"{%1}\",\n"
                          "    \"AutoUnlockProtector\":  null,\n"
                          "    \"KeyProtectorType\":  %2,\n"
                          "    \"KeyFileName\":  \"\",\n"
                          "    \"RecoveryPassword\":  \"%3\",\n"
                          "    \"KeyCertificateType\":  null,\n"
                          "    \"Thumbprint\":  \"\"\n"
                          "}")
        .arg(id, type, password);
}

inline QString powerShellVolume(const QString& mountPoint, const QString& protectors)
{
    return QStringLiteral("{\n"
                          "    \"ComputerName\":  \"DESKTOP-NPM7RCA\",\n"
                          "    \"MountPoint\":  \"%1\",\n"
                          "    \"EncryptionMethod\":  6,\n"
                          "    \"AutoUnlockEnabled\":  null,\n"
                          "    \"MetadataVersion\":  2,\n"
                          "    \"VolumeStatus\":  1,\n"
                          "    \"ProtectionStatus\":  1,\n"
                          "    \"LockStatus\":  0,\n"
                          "    \"EncryptionPercentage\":  100,\n"
                          "    \"VolumeType\":  0,\n"
                          "    \"CapacityGB\":  237.84,\n"
                          "    \"KeyProtector\":  [%2]\n"
                          "}")
        .arg(mountPoint, protectors);
}

// One volume, types as numbers (Windows PowerShell 5's ConvertTo-Json).
inline QString powerShellSingle()
{
    return crlf(powerShellVolume(
        QStringLiteral("C:"),
        powerShellProtector(QStringLiteral("0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63"), QStringLiteral("1"), QString())
            + QStringLiteral(",\n") + powerShellProtector(firstId, QStringLiteral("3"), firstPassword)));
}

// Two volumes, types as names (ConvertTo-Json -EnumsAsStrings).
inline QString powerShellArray()
{
    const QString c
        = powerShellVolume(QStringLiteral("C:"),
                           powerShellProtector(QStringLiteral("0E6C4A4D-1EE3-4D84-9A06-7D3B3E2C0E63"),
                                               QStringLiteral("\"Tpm\""), QString())
                               + QStringLiteral(",\n")
                               + powerShellProtector(firstId, QStringLiteral("\"RecoveryPassword\""), firstPassword));
    const QString d = powerShellVolume(
        QStringLiteral("D:"), powerShellProtector(secondId, QStringLiteral("\"RecoveryPassword\""), secondPassword));
    return crlf(QStringLiteral("[\n%1,\n%2\n]").arg(c, d));
}

inline QString graphKey(const QString& id, const QString& password, const QString& created)
{
    return QStringLiteral("{\"id\": \"%1\", \"createdDateTime\": \"%2\", \"volumeType\": \"1\", "
                          "\"deviceId\": \"1ab40ab2-32a8-4b00-b828-1234567890ab\", \"key\": \"%3\"}")
        .arg(id.toLower(), created, password);
}

inline QString graphSingle()
{
    return QStringLiteral("{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#informationProtection/"
                          "bitlocker/recoveryKeys(key)/$entity\", ")
        + graphKey(firstId, firstPassword, QStringLiteral("2020-06-15T13:44:37Z")).mid(1);
}

inline QString graphList()
{
    return QStringLiteral("{\"@odata.context\": \"https://graph.microsoft.com/v1.0/$metadata#informationProtection/"
                          "bitlocker/recoveryKeys(key)\",\n \"value\": [\n  %1,\n  %2\n ]\n}")
        .arg(graphKey(firstId, firstPassword, QStringLiteral("2020-06-15T13:44:37Z")),
             graphKey(secondId, secondPassword, QStringLiteral("2021-01-02T03:04:05.1234567Z")));
}

inline const QString hardwareUuid = QStringLiteral("564D0B9B-8C27-4B79-A4A5-2A2D9E8B6F10");
inline const QString logicalVolumeUuid = QStringLiteral("FC52BFAE-5A1F-4F9B-B3A6-F33303A0E401");

inline QString fdesetupPlist(const QString& prk = personalKey)
{
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                          "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                          "<plist version=\"1.0\">\n<dict>\n"
                          "\t<key>Change</key>\n\t<false/>\n"
                          "\t<key>EnabledDate</key>\n\t<string>2019-06-05 14:21:33 -0700</string>\n"
                          "\t<key>EnabledUser</key>\n\t<string>admin</string>\n"
                          "\t<key>HardwareUUID</key>\n\t<string>%1</string>\n"
                          "\t<key>LVGUUID</key>\n\t<string>33A76CAA-1481-4BC5-8D04-1AC1707C19C0</string>\n"
                          "\t<key>LVUUID</key>\n\t<string>%2</string>\n"
                          "\t<key>PVUUID</key>\n\t<string>0A1B2C3D-4E5F-4061-8273-94A5B6C7D8E9</string>\n"
                          "\t<key>RecoveryKey</key>\n\t<string>%3</string>\n"
                          "\t<key>SerialNumber</key>\n\t<string>C02XK0ZZJGH5</string>\n"
                          "\t<key>Unknown</key>\n\t<dict><key>Nested</key><string>ignored</string></dict>\n"
                          "</dict>\n</plist>\n")
        .arg(hardwareUuid, logicalVolumeUuid, prk);
}

} // namespace keyhaven::test
