// SPDX-License-Identifier: GPL-3.0-or-later
// The translation files (translations/keyhaven_*.ts) against the sources: lupdate over the same sources must
// leave them unchanged, no entry may be unfinished or obsolete, and every translation must carry the
// source's placeholders. Fixing a failure: `cmake --build BUILD --target update_translations`, then translate
// the entries it marks unfinished (issue 8).
#include "support/Process.h"
#include "support/TestData.h"
#include "support/catch.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

using namespace keyhaven;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form

    QString key() const { return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment; }
    QString where() const
    {
        QString text = QStringLiteral("[%1] %2").arg(context, source);
        text.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
        return text;
    }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
};

TsFile readTs(const QString& path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    TsFile ts;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    message.source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    message.comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    message.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                message.translations.append(xml.readElementText());
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(xml.readElementText());
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            ts.messages.append(message);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return ts;
}

// The translations: Japanese and Norwegian.
QStringList tsFiles()
{
    return QStringLiteral(KEYHAVEN_TS_FILES).split(QLatin1Char('|'));
}

// With the English plural forms (only the strings with %n).
QStringList tsFilesWithPlurals()
{
    return tsFiles() << QStringLiteral(KEYHAVEN_PLURALS_TS_FILE);
}

#if defined(Q_OS_UNIX)
QStringList lupdateOptions(const QString& tsFile)
{
    const QString options = tsFile == QLatin1String(KEYHAVEN_PLURALS_TS_FILE)
        ? QStringLiteral(KEYHAVEN_PLURALS_LUPDATE_OPTIONS)
        : QStringLiteral(KEYHAVEN_LUPDATE_OPTIONS);
    return options.split(QLatin1Char('|'));
}
#endif

// %1 … %99 and %n, with %L1 counted as %1: the numbers may be written the locale's way.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.insert(QLatin1Char('%') + match.captured(1));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

QString listed(const QStringList& lines)
{
    return QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  "));
}

} // namespace

// Runs the build machine's lupdate on the sources: the same check on every system, made on Linux.
#if defined(Q_OS_UNIX)
TEST_CASE("translations: the .ts files are up to date with the sources (lupdate changes nothing)",
          "[i18n][translations]")
{
    test::ScratchDir scratch;
    QStringList copies;
    QString output;
    for (const QString& ts : tsFilesWithPlurals()) {
        const QString copy = scratch.file(QFileInfo(ts).fileName());
        REQUIRE(QFile::copy(ts, copy));
        copies.append(copy);
        QStringList arguments { QStringLiteral("-project"), QStringLiteral(KEYHAVEN_LUPDATE_PROJECT) };
        arguments += lupdateOptions(ts);
        arguments << QStringLiteral("-ts") << copy;
        const test::ProcessResult lupdate = test::run(QStringLiteral(KEYHAVEN_LUPDATE), arguments);
        output += lupdate.outText() + lupdate.errText();
        INFO(output.toStdString());
        REQUIRE(lupdate.exitCode == 0);
    }
    INFO(output.toStdString());

    // lupdate's complaints about the sources mean strings it files under another context than tr() looks up at
    // run time (a class deriving from one with Q_DECLARE_TR_FUNCTIONS, tr() through an alias): never translated.
    QStringList complaints;
    for (const QString& line : output.split(QLatin1Char('\n')))
        if (line.contains(QRegularExpression(QStringLiteral("\\.(cpp|h):\\d+: "))))
            complaints.append(line.trimmed());
    if (!complaints.isEmpty())
        FAIL_CHECK("lupdate cannot tell the translation context of these strings (add Q_DECLARE_TR_FUNCTIONS, or "
                   "call Class::tr directly):"
                   << listed(complaints).toStdString());

    for (qsizetype i = 0; i < copies.size(); ++i) {
        const QString committed = tsFilesWithPlurals().at(i);
        QFile before(committed);
        QFile after(copies.at(i));
        REQUIRE(before.open(QIODevice::ReadOnly));
        REQUIRE(after.open(QIODevice::ReadOnly));
        if (before.readAll() == after.readAll())
            continue;
        QSet<QString> oldKeys;
        QSet<QString> newKeys;
        QStringList added;
        QStringList gone;
        for (const TsMessage& message : readTs(committed).messages)
            oldKeys.insert(message.key());
        for (const TsMessage& message : readTs(copies.at(i)).messages) {
            newKeys.insert(message.key());
            if (!oldKeys.contains(message.key()))
                added.append(message.where());
        }
        for (const TsMessage& message : readTs(committed).messages)
            if (!newKeys.contains(message.key()))
                gone.append(message.where());
        FAIL_CHECK(
            QFileInfo(committed).fileName().toStdString()
            << " is out of date with the sources: run `cmake --build <build dir> --target update_translations`, "
               "then translate the new entries."
            << "\nNew in the sources (" << added.size() << "):" << listed(added).toStdString()
            << "\nNo longer in the sources (" << gone.size() << "):" << listed(gone).toStdString()
            << (added.isEmpty() && gone.isEmpty() ? "\n(Only the file's layout differs: run the update target.)" : ""));
    }
}
#endif

TEST_CASE("translations: no entry is unfinished, obsolete or empty", "[i18n][translations]")
{
    for (const QString& path : tsFilesWithPlurals()) {
        const TsFile ts = readTs(path);
        const bool pluralsOnly = path == QLatin1String(KEYHAVEN_PLURALS_TS_FILE);
        CHECK(ts.messages.size() > (pluralsOnly ? 10 : 500));
        if (pluralsOnly)
            CHECK(std::all_of(ts.messages.begin(), ts.messages.end(), [](const TsMessage& m) { return m.numerus; }));
        QStringList unfinished;
        QStringList obsolete;
        QStringList empty;
        for (const TsMessage& message : ts.messages) {
            if (message.type == u"unfinished")
                unfinished.append(message.where());
            else if (message.type == u"obsolete" || message.type == u"vanished")
                obsolete.append(message.where());
            else if (message.translations.isEmpty()
                     || std::any_of(message.translations.begin(), message.translations.end(),
                                    [](const QString& text) { return text.trimmed().isEmpty(); }))
                empty.append(message.where());
        }
        const std::string file = QFileInfo(path).fileName().toStdString();
        INFO(file);
        if (!unfinished.isEmpty())
            FAIL_CHECK(file << ": " << unfinished.size() << " unfinished entries:" << listed(unfinished).toStdString());
        if (!obsolete.isEmpty())
            FAIL_CHECK(file << ": " << obsolete.size()
                            << " obsolete or vanished entries:" << listed(obsolete).toStdString());
        if (!empty.isEmpty())
            FAIL_CHECK(file << ": " << empty.size()
                            << " entries with an empty translation:" << listed(empty).toStdString());
    }
}

TEST_CASE("translations: every translation has the source's placeholders (%1, %2, %n)", "[i18n][translations]")
{
    for (const QString& path : tsFilesWithPlurals()) {
        const TsFile ts = readTs(path);
        const qsizetype pluralForms = ts.language.startsWith(QLatin1String("ja")) ? 1 : 2;
        QStringList wrong;
        for (const TsMessage& message : ts.messages) {
            if (message.type == u"unfinished" || message.type == u"obsolete" || message.type == u"vanished")
                continue; // reported by the test above
            const QStringList expected = placeholders(message.source);
            if (message.numerus && !expected.contains(QStringLiteral("%n")))
                wrong.append(message.where() + QStringLiteral(": a plural without %n in the source"));
            if (message.numerus && message.translations.size() != pluralForms)
                wrong.append(message.where()
                             + QStringLiteral(": %1 plural forms, %2 needs %3")
                                   .arg(message.translations.size())
                                   .arg(ts.language)
                                   .arg(pluralForms));
            for (const QString& translation : message.translations) {
                const QStringList found = placeholders(translation);
                if (found != expected)
                    wrong.append(
                        message.where()
                        + QStringLiteral("\n      has %1, needs %2: %3")
                              .arg(found.join(QLatin1Char(' ')), expected.join(QLatin1Char(' ')), translation));
            }
        }
        INFO(QFileInfo(path).fileName().toStdString());
        if (!wrong.isEmpty())
            FAIL_CHECK(wrong.size() << " translations do not match their source's placeholders:"
                                    << listed(wrong).toStdString());
    }
}

TEST_CASE("translations: Japanese and Norwegian typography", "[i18n][translations]")
{
    // Japanese: 「」 for quotes, and a half-width space between Japanese and Latin words or placeholders
    // (USB フラッシュ ドライブ, %1 を開けません). Norwegian: «» for quotes.
    static const QRegularExpression japaneseNextToLatin(QStringLiteral(
        "[\\p{Hiragana}\\p{Katakana}\\p{Han}ー][A-Za-z0-9%]|[A-Za-z0-9][\\p{Hiragana}\\p{Katakana}\\p{Han}]"));
    for (const QString& path : tsFiles()) {
        const TsFile ts = readTs(path);
        const bool japanese = ts.language.startsWith(QLatin1String("ja"));
        QStringList wrong;
        for (const TsMessage& message : ts.messages) {
            if (!message.type.isEmpty())
                continue;
            for (const QString& translation : message.translations) {
                if (translation.contains(QChar(0x201C)) || translation.contains(QChar(0x201D)))
                    wrong.append(message.where() + QStringLiteral("\n      English quotes “”: ") + translation);
                if (japanese) {
                    // "%1" directly after a closing 「」 or before punctuation is fine; only letters and kana clash.
                    QString withoutPlaceholders = translation;
                    withoutPlaceholders.remove(QRegularExpression(QStringLiteral("%L?(\\d{1,2}|n)(?=[%」）)])")));
                    // Japanese punctuation (、。「」：～) counts as Han or kana to the regular expression; it may touch
                    // Latin text.
                    withoutPlaceholders.replace(
                        QRegularExpression(QStringLiteral("[\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF20}\\x{FF5E}]")),
                        QStringLiteral("|"));
                    const QRegularExpressionMatch clash = japaneseNextToLatin.match(withoutPlaceholders);
                    if (clash.hasMatch())
                        wrong.append(message.where()
                                     + QStringLiteral("\n      no space in “%1”: ").arg(clash.captured())
                                     + translation);
                }
            }
        }
        INFO(QFileInfo(path).fileName().toStdString());
        if (!wrong.isEmpty())
            FAIL_CHECK(wrong.size() << " translations break the typography rules:" << listed(wrong).toStdString());
    }
}
