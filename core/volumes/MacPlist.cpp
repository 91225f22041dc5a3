// SPDX-License-Identifier: GPL-3.0-or-later
#include "MacPlist.h"

#include <QXmlStreamReader>

namespace keyhaven::macplist {

namespace {

void append(SecureBytes& out, std::string_view text)
{
    out.append(text.data(), text.size());
}

// Escapes for element content; CR as a reference, since XML parsers turn a literal CR into LF.
bool appendEscaped(SecureBytes& out, std::string_view text)
{
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '&')
            append(out, "&amp;");
        else if (c == '<')
            append(out, "&lt;");
        else if (c == '>')
            append(out, "&gt;");
        else if (c == '"')
            append(out, "&quot;");
        else if (c == '\'')
            append(out, "&apos;");
        else if (c == '\r')
            append(out, "&#13;");
        else if (u < 0x20 && c != '\t' && c != '\n')
            return false;
        else
            out.append(c);
    }
    return true;
}

// Reads the entries of the <dict> the reader is in, up to its end.
void readEntries(QXmlStreamReader& reader, QStringView secretKey, Dict& dict)
{
    QString key;
    while (reader.readNextStartElement()) {
        const QString element = reader.name().toString();
        if (element == QLatin1String("key")) {
            key = reader.readElementText();
            continue;
        }
        if (key.isEmpty() || element == QLatin1String("dict") || element == QLatin1String("array")
            || element == QLatin1String("data")) {
            reader.skipCurrentElement();
        } else if (element == QLatin1String("true") || element == QLatin1String("false")) {
            dict.values.insert(key, element);
            reader.skipCurrentElement();
        } else if (!secretKey.isEmpty() && key == secretKey) {
            QString text = reader.readElementText().trimmed(); // trimmed in place: no other copy
            dict.secret = SecureBytes::fromUtf8(text);
            dict.hasSecret = true;
            wipe(text);
        } else {
            dict.values.insert(key, reader.readElementText().trimmed());
        }
        key.clear();
    }
}

void readPlist(const QByteArray& bytes, QStringView secretKey, Dict& dict)
{
    QXmlStreamReader reader(bytes);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("plist")) {
        dict.error = reader.hasError() ? reader.errorString() : QStringLiteral("no <plist> element");
        return;
    }
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("dict")) {
        dict.error = reader.hasError() ? reader.errorString() : QStringLiteral("no <dict> in the <plist>");
        return;
    }
    readEntries(reader, secretKey, dict);
    if (reader.hasError())
        dict.error = QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString());
    dict.ok = dict.error.isEmpty();
}

} // namespace

Dict readDict(QByteArrayView xml, QStringView secretKey)
{
    Dict dict;
    qsizetype start = xml.indexOf("<?xml");
    if (start < 0)
        start = xml.indexOf("<plist");
    if (start < 0) {
        dict.error = QStringLiteral("no XML property list");
        return dict;
    }
    QByteArray bytes(xml.data() + start, xml.size() - start);
    readPlist(bytes, secretKey, dict); // the reader is gone when this returns: `bytes` is not shared
    wipe(bytes);
    if (!dict.ok) {
        dict.secret.clear();
        dict.hasSecret = false;
    }
    return dict;
}

std::optional<SecureBytes> writeStringDict(std::initializer_list<std::pair<const char*, std::string_view>> entries)
{
    SecureBytes out;
    append(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                "<plist version=\"1.0\">\n<dict>\n");
    for (const auto& [key, value] : entries) {
        append(out, "\t<key>");
        if (!appendEscaped(out, key))
            return std::nullopt;
        append(out, "</key>\n\t<string>");
        if (!appendEscaped(out, value))
            return std::nullopt;
        append(out, "</string>\n");
    }
    append(out, "</dict>\n</plist>\n");
    return out;
}

} // namespace keyhaven::macplist
