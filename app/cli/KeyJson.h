// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/KeyProblem.h"
#include "keys/RecoveryKey.h"
#include "volumes/Volume.h"

#include <QJsonArray>
#include <QJsonObject>

namespace keyhaven::cli {

// The stable JSON shapes of the CLI contract (docs/cli.md).
QJsonObject keyToJson(const RecoveryKey& key);
QJsonObject volumeToJson(const Volume& volume);
QJsonArray problemsToJson(const KeyProblems& problems);
QJsonValue idToJson(const std::optional<KeyId>& id);
QString isoUtc(const QDateTime& time);

} // namespace keyhaven::cli
