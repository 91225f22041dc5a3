// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManageBdeOutput.h"

#include "DecodedText.h"
#include "TextScan.h"

#include <QCoreApplication>

namespace keyhaven {

namespace {

class ManageBdeReader
{
    Q_DECLARE_TR_FUNCTIONS(ManageBdeReader)
};

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z');
}

// A volume heading names the drive, then its label in brackets, in every language:
// `Volume C: [OS]`, `Volume C: [Windows]`, `Volume "D:" [Data]`. Returns `C:`, or nothing.
QString driveLetterOfHeading(QStringView line)
{
    for (qsizetype i = 1; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char(':') || !isAsciiLetter(line.at(i - 1)))
            continue;
        if (i >= 2 && (line.at(i - 2).isLetterOrNumber()))
            continue;
        qsizetype next = i + 1;
        while (next < line.size() && (line.at(next).isSpace() || QStringView(u"\"'”»\\").contains(line.at(next))))
            ++next;
        if (next < line.size() && line.at(next) == QLatin1Char('['))
            return line.mid(i - 1, 2).toString().toUpper();
    }
    return {};
}

// The drive letter of the heading each line comes under, by line number (1-based).
QStringList volumeOfEachLine(const QStringList& lines)
{
    QStringList volumes;
    QString current;
    for (const QString& line : lines) {
        const QString drive = driveLetterOfHeading(line);
        if (!drive.isEmpty())
            current = drive;
        volumes.append(current);
    }
    return volumes;
}

} // namespace

FormatResult readManageBdeOutput(QByteArrayView bytes)
{
    FormatResult result;
    const DecodedText text(bytes);
    const TextShapes shapes = textShapesOf(text.lines());
    result.recognised = shapes.bracedGuid;
    if (!result.recognised)
        return result;

    QList<PasswordInText> found = findRecoveryPasswords(text.lines(), IdSpelling::BracedGuidOnly);
    const QStringList volumes = volumeOfEachLine(text.lines());
    for (PasswordInText& password : found)
        password.volumeLabel = volumes.value(password.line - 1);
    addRecoveryPasswords(found, result);
    if (found.isEmpty())
        result.problems.append(ManageBdeReader::tr("The manage-bde output lists no recovery password, only "
                                                   "protectors without key material (such as a TPM)."));
    return result;
}

} // namespace keyhaven
