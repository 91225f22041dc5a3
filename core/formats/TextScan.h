// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Finding keys and key IDs in text by their shape, whatever the language around them. Shared by the
// readers of the recovery text file, manage-bde output and the FileVault text file.

#include "FormatResult.h"

#include "keys/KeyId.h"
#include "keys/RecoveryPassword.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace keyhaven {

enum class TokenShape {
    Guid, // 8-4-4-4-12 hex digits
    RecoveryPassword, // 8 dash-separated groups, mostly digits (possibly mistyped)
    PersonalRecoveryKey, // 6 dash-separated groups of 4 letters or digits
};

// A run of ASCII letters, digits and dashes with one of the shapes above, in a line that went
// through foldTypedText() (so full-width digits and dash look-alikes count too).
struct ShapedToken
{
    TokenShape shape = TokenShape::Guid;
    qsizetype position = 0;
    qsizetype length = 0;
    bool braced = false; // {GUID}, as Windows tools write protector IDs

    QStringView in(QStringView line) const { return line.mid(position, length); }
};

QList<ShapedToken> shapedTokens(QStringView foldedLine);

// Which shapes occur anywhere in the lines: what KeyFile sniffs plain text by.
struct TextShapes
{
    bool guid = false;
    bool bracedGuid = false;
    bool recoveryPassword = false;
    bool personalRecoveryKey = false;
};

TextShapes textShapesOf(const QStringList& lines);

// A recovery password found in text, with the key ID that goes with it: the nearest one before it,
// or, when there is none before, the first one after it.
struct PasswordInText
{
    int line = 0; // 1-based
    std::optional<KeyId> id;
    std::optional<RecoveryPassword> password;
    KeyProblems problems;
    QString volumeLabel; // set by readers that know it
};

enum class IdSpelling { AnyGuid, BracedGuidOnly };

QList<PasswordInText> findRecoveryPasswords(const QStringList& lines, IdSpelling spelling);

// Turns found passwords into keys, and their problems into messages naming the line and group.
void addRecoveryPasswords(const QList<PasswordInText>& found, FormatResult& result);

} // namespace keyhaven
