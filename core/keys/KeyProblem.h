// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace keyhaven {

// One thing wrong with, or worth a warning about, a typed key. `group` is 1-based and 0 when the
// problem concerns the key as a whole. `message` is for people, already translated; it never
// contains the key.
struct KeyProblem
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int group = 0;
    QString message;
};

using KeyProblems = QList<KeyProblem>;

inline bool hasErrors(const KeyProblems& problems)
{
    for (const KeyProblem& problem : problems)
        if (problem.severity == KeyProblem::Severity::Error)
            return true;
    return false;
}

} // namespace keyhaven
