// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include "DecodedText.h"

#include "keys/SecureBytes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace keyhaven {

namespace {

class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

} // namespace

JsonInput parseJsonInput(QByteArrayView bytes)
{
    JsonInput input;
    const DecodedText text(bytes);
    const QChar first = text.firstNonSpace();
    input.looksLikeJson = first == QLatin1Char('{') || first == QLatin1Char('[');
    if (!input.looksLikeJson)
        return input;
    QByteArray utf8 = text.text().toUtf8();
    QJsonParseError error {};
    input.document = QJsonDocument::fromJson(utf8, &error);
    wipe(utf8);
    if (error.error != QJsonParseError::NoError) {
        input.document = QJsonDocument();
        input.error = JsonReader::tr("The file looks like JSON but cannot be read: %1 (at position %2).")
                          .arg(error.errorString())
                          .arg(error.offset);
    }
    return input;
}

QList<QJsonObject> objectsOf(const QJsonValue& value)
{
    QList<QJsonObject> objects;
    if (value.isObject()) {
        objects.append(value.toObject());
    } else if (value.isArray()) {
        for (const QJsonValue& element : value.toArray())
            if (element.isObject())
                objects.append(element.toObject());
    }
    return objects;
}

QJsonValue rootOf(const QJsonDocument& document)
{
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    return {};
}

} // namespace keyhaven
