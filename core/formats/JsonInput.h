// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace keyhaven {

// JSON in whatever encoding PowerShell or a browser saved it in (see DecodedText).
struct JsonInput
{
    bool looksLikeJson = false; // the first character that is not white space is `{` or `[`
    QJsonDocument document; // null when it could not be parsed
    QString error; // translated, with the byte offset; set when it could not be parsed
};

JsonInput parseJsonInput(QByteArrayView bytes);

// The objects of an array, or the object itself.
QList<QJsonObject> objectsOf(const QJsonValue& value);
// The document's top-level array or object as a value.
QJsonValue rootOf(const QJsonDocument& document);

} // namespace keyhaven
