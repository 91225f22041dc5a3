// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryTextFile.h"

#include "DecodedText.h"
#include "TextScan.h"

#include "keys/PersonalRecoveryKey.h"
#include "keys/TypedText.h"

#include <QCoreApplication>

namespace keyhaven {

namespace {

class RecoveryTextFileReader
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryTextFileReader)
};

// Our FileVault file keeps these English labels whatever the language of its sentences.
const QLatin1String identifierLabel("Identifier:");
const QLatin1String recoveryKeyLabel("Recovery Key:");

// The value that follows a label: the rest of its line, or the next line that is not blank.
struct LabelledValue
{
    int line = 0; // 1-based; 0 when the label is not there
    QStringView value;
};

LabelledValue valueAfterLabel(const QStringList& lines, QLatin1String label)
{
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringView line = QStringView(lines.at(n)).trimmed();
        if (!line.startsWith(label))
            continue;
        const QStringView rest = line.mid(label.size()).trimmed();
        if (!rest.isEmpty())
            return { static_cast<int>(n + 1), rest };
        for (qsizetype m = n + 1; m < lines.size(); ++m) {
            const QStringView next = QStringView(lines.at(m)).trimmed();
            if (!next.isEmpty())
                return { static_cast<int>(m + 1), next };
        }
        return { static_cast<int>(n + 1), {} };
    }
    return {};
}

struct FoundPersonalKey
{
    int line = 0;
    PersonalRecoveryKey::Parsed parsed;
};

// Every token shaped like a personal recovery key; else whatever follows the `Recovery Key:` label,
// so that a damaged key is reported rather than passed over.
QList<FoundPersonalKey> findPersonalRecoveryKeys(const QStringList& lines)
{
    QList<FoundPersonalKey> found;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString folded = foldTypedText(lines.at(n));
        for (const ShapedToken& token : shapedTokens(folded))
            if (token.shape == TokenShape::PersonalRecoveryKey)
                found.append({ static_cast<int>(n + 1), PersonalRecoveryKey::parse(token.in(folded)) });
        wipe(folded);
    }
    if (found.isEmpty() && !textShapesOf(lines).recoveryPassword) {
        const LabelledValue labelled = valueAfterLabel(lines, recoveryKeyLabel);
        if (labelled.line > 0 && !labelled.value.isEmpty())
            found.append({ labelled.line, PersonalRecoveryKey::parse(labelled.value) });
    }
    return found;
}

struct FileVaultIdentity
{
    std::optional<KeyId> id;
    QString identifier;
};

FileVaultIdentity fileVaultIdentity(const QStringList& lines)
{
    FileVaultIdentity identity;
    const LabelledValue labelled = valueAfterLabel(lines, identifierLabel);
    if (labelled.line > 0 && !labelled.value.isEmpty()) {
        identity.id = KeyId::parse(labelled.value);
        if (!identity.id)
            identity.identifier = labelled.value.toString();
        return identity;
    }
    for (const QString& line : lines) {
        QString folded = foldTypedText(line);
        for (const ShapedToken& token : shapedTokens(folded))
            if (token.shape == TokenShape::Guid && !identity.id)
                identity.id = KeyId::parse(token.in(folded));
        wipe(folded);
    }
    return identity;
}

} // namespace

FormatResult readRecoveryTextFile(QByteArrayView bytes)
{
    FormatResult result;
    const DecodedText text(bytes);
    const TextShapes shapes = textShapesOf(text.lines());
    result.recognised = shapes.recoveryPassword || (shapes.guid && !shapes.personalRecoveryKey);
    if (!result.recognised)
        return result;
    addRecoveryPasswords(findRecoveryPasswords(text.lines(), IdSpelling::AnyGuid), result);
    if (!shapes.recoveryPassword)
        result.problems.append(RecoveryTextFileReader::tr(
            "The file has a key ID but no recovery key: no 48 digits in 8 groups of 6 were found."));
    return result;
}

FormatResult readFileVaultTextFile(QByteArrayView bytes)
{
    FormatResult result;
    const DecodedText text(bytes);
    const QList<FoundPersonalKey> found = findPersonalRecoveryKeys(text.lines());
    result.recognised = !found.isEmpty();
    if (!result.recognised)
        return result;
    const FileVaultIdentity identity = fileVaultIdentity(text.lines());
    for (const FoundPersonalKey& key : found) {
        for (const KeyProblem& problem : key.parsed.problems)
            result.problems.append(RecoveryTextFileReader::tr("Line %1: %2").arg(key.line).arg(problem.message));
        if (!key.parsed.key)
            continue;
        RecoveryKey recoveryKey;
        recoveryKey.kind = KeyKind::FileVaultPersonalRecoveryKey;
        recoveryKey.id = identity.id;
        recoveryKey.identifier = identity.identifier;
        recoveryKey.secret = key.parsed.key->canonical();
        result.keys.append(std::move(recoveryKey));
    }
    return result;
}

} // namespace keyhaven
