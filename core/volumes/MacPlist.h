// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/SecureBytes.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

// The small part of Apple's XML property lists that fdesetup and diskutil need: reading the scalar
// values of a top-level <dict>, and writing a <dict> of strings for a tool's standard input.
namespace keyhaven::macplist {

struct Dict
{
    bool ok = false;
    QString error;                  // not translated: what the XML reader said; empty when ok
    QHash<QString, QString> values; // strings, numbers and dates as written; <true/> and <false/> as "true"/"false"
    SecureBytes secret;             // the value of the key named `secretKey`, never in `values`
    bool hasSecret = false;
};

// Reads the top-level <dict> of a plist; nested dicts and arrays are skipped. Text before the XML
// (a tool's remarks) is ignored. The value of `secretKey`, if any, goes to `secret` only.
Dict readDict(QByteArrayView xml, QStringView secretKey = {});

// <?xml …?><plist version="1.0"><dict><key>K</key><string>V</string>…</dict></plist>, built in
// SecureBytes with the values XML-escaped. Nothing when a value holds a character that XML 1.0
// cannot carry (control characters other than tab, CR and LF).
std::optional<SecureBytes> writeStringDict(std::initializer_list<std::pair<const char*, std::string_view>> entries);

} // namespace keyhaven::macplist
