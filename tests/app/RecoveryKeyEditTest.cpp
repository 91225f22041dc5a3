// SPDX-License-Identifier: GPL-3.0-or-later
// The key field: each group checked as it is typed, the wrong group named, full-width input, wiping.
#include "KeyGroupIndicators.h"
#include "RecoveryKeyEdit.h"

#include "KeyTyping.h"
#include "support/catch.h"

#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>

using namespace keyhaven;
using namespace keyhaven::test;
using State = RecoveryKeyEdit::GroupState;

namespace {

const QString goodKey = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");
const QString prk = QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL");

QString canonicalOf(const RecoveryKeyEdit& edit)
{
    const SecureBytes key = edit.canonicalKey();
    return QString::fromLatin1(key.view().data(), static_cast<qsizetype>(key.size()));
}

} // namespace

TEST_CASE("A typed recovery key is checked group by group as it is typed", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    edit.show();
    CHECK(edit.objectName() == QStringLiteral("recoveryKeyEdit"));
    CHECK(edit.lineEdit()->objectName() == QStringLiteral("recoveryKeyLineEdit"));
    CHECK_FALSE(edit.lineEdit()->accessibleName().isEmpty());
    CHECK(edit.groupCount() == 8);
    CHECK(edit.groupStates() == QList<State>(8, State::Empty));
    CHECK_FALSE(edit.isAcceptable());

    typeKeys(edit.lineEdit(), QStringLiteral("235818-3579"));
    QList<State> expected(8, State::Empty);
    expected[0] = State::Complete;
    expected[1] = State::Partial;
    CHECK(edit.groupStates() == expected);
    CHECK_FALSE(edit.isAcceptable());
    CHECK(edit.feedbackText().contains(QStringLiteral("1 of 8")));

    // Group 3 is wrong (253978 is not a multiple of 11): said while the key is not complete yet.
    typeKeys(edit.lineEdit(), QStringLiteral("51-253978-01"));
    expected[1] = State::Complete;
    expected[2] = State::Wrong;
    expected[3] = State::Partial;
    CHECK(edit.groupStates() == expected);
    CHECK(edit.feedbackText().contains(QStringLiteral("Group 3")));
    REQUIRE_FALSE(edit.problems().isEmpty());
    CHECK(edit.problems().first().group == 3);

    // The whole key with group 3 still wrong: the core names it.
    edit.clear();
    typeKeys(edit.lineEdit(), QStringLiteral("235818-357951-253978-013365-241120-245575-342914-591910"));
    expected = QList<State>(8, State::Complete);
    expected[2] = State::Wrong;
    CHECK(edit.groupStates() == expected);
    CHECK(edit.feedbackText().contains(QStringLiteral("Group 3 is not valid")));
    CHECK_FALSE(edit.isAcceptable());
    CHECK(edit.canonicalKey().isEmpty());

    // Fixed with backspaces and the right digits.
    edit.clear();
    typeKeys(edit.lineEdit(), goodKey);
    CHECK(edit.isAcceptable());
    CHECK(edit.groupStates() == QList<State>(8, State::Complete));
    CHECK(edit.problems().isEmpty());
    CHECK(canonicalOf(edit) == goodKey);
    CHECK(edit.feedbackText().contains(QStringLiteral("well formed")));
}

TEST_CASE("The last group being typed is not called wrong, a short group followed by a dash is", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    typeKeys(edit.lineEdit(), goodKey.left(goodKey.size() - 2));
    QList<State> states = edit.groupStates();
    CHECK(states.at(7) == State::Partial);
    CHECK_FALSE(states.contains(State::Wrong));
    CHECK_FALSE(edit.isAcceptable());

    // A dash typed after a short group does not end it: the dashes go where the groups are, as on the recovery
    // screen, so the next digit still belongs to group 2.
    edit.clear();
    typeKeys(edit.lineEdit(), QStringLiteral("235818-35795-"));
    CHECK(edit.lineEdit()->text() == QStringLiteral("235818-35795"));
    states = edit.groupStates();
    CHECK(states.at(1) == State::Partial);
    CHECK_FALSE(states.contains(State::Wrong));
    // A short group in a whole key (47 digits): named by the core.
    edit.clear();
    typeKeys(edit.lineEdit(), QStringLiteral("23581-357951-253979-013365-241120-245575-342914-591910"));
    CHECK(edit.groupStates().at(0) == State::Wrong); // the missing digit moved the rest along: group 1 is named
    CHECK(edit.feedbackText().startsWith(QStringLiteral("Group 1 is not valid")));

    edit.clear();
    typeKeys(edit.lineEdit(), QStringLiteral("235818 3x7951"));
    CHECK(edit.groupStates().at(1) == State::Wrong);
    CHECK(edit.feedbackText().contains(QStringLiteral("Group 2")));
    CHECK(edit.feedbackText().contains(QStringLiteral("“x”")));
}

TEST_CASE("The dashes appear as 48 digits are typed or pasted, bare or full-width, and the caret stays put",
          "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    edit.show();
    QLineEdit* line = edit.lineEdit();
    QString bare = goodKey;
    bare.remove(QLatin1Char('-'));

    // Typed digit by digit: the dash comes with the seventh digit, the caret right after what was typed.
    typeKeys(line, bare.left(6));
    CHECK(line->text() == QStringLiteral("235818"));
    typeKeys(line, bare.mid(6, 1));
    CHECK(line->text() == QStringLiteral("235818-3"));
    CHECK(line->cursorPosition() == 8);
    typeKeys(line, bare.mid(7));
    CHECK(line->text() == goodKey);
    CHECK(line->cursorPosition() == goodKey.size());
    CHECK(edit.isAcceptable());

    // A digit forgotten in group 2, typed in afterwards: the rest moves along, the caret stays after it.
    edit.clear();
    QString missing = bare;
    missing.remove(8, 1);
    typeKeys(line, missing);
    CHECK_FALSE(edit.isAcceptable());
    line->setCursorPosition(9); // "235818-35|951-…"
    typeKeys(line, bare.mid(8, 1));
    CHECK(line->text() == goodKey);
    CHECK(line->cursorPosition() == 10);
    CHECK(edit.isAcceptable());

    // Pasted (Ctrl+V goes through QLineEdit::paste, which inserts the clipboard's text): 48 bare digits.
    for (const QString& pasted : { bare, fullWidth(bare), fullWidth(goodKey) }) {
        INFO(pasted.toStdString());
        edit.clear();
        QGuiApplication::clipboard()->setText(pasted);
        line->paste();
        CHECK(line->text() == goodKey);
        CHECK(line->cursorPosition() == goodKey.size());
        CHECK(edit.isAcceptable());
        CHECK(edit.groupStates() == QList<State>(8, State::Complete));
    }
    // Pasted into the middle: the caret stays after the pasted digits.
    edit.clear();
    typeKeys(line, bare.left(6) + bare.mid(18));
    line->setCursorPosition(7);
    QGuiApplication::clipboard()->setText(fullWidth(bare.mid(6, 12)));
    line->paste();
    CHECK(line->text() == goodKey);
    CHECK(line->cursorPosition() == 20); // after the last pasted digit, "…-253979|-013365…"
    QGuiApplication::clipboard()->clear();
}

TEST_CASE("Full-width digits, other separators and no separators are all accepted", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    // What a Japanese input method commits: full-width digits and the long vowel mark for a dash.
    inputMethodCommit(edit.lineEdit(), fullWidth(goodKey).replace(QChar(0xFF0D), QChar(0x30FC)));
    CHECK(edit.isAcceptable());
    CHECK(canonicalOf(edit) == goodKey);

    edit.clear();
    inputMethodCommit(edit.lineEdit(), fullWidth(goodKey).replace(QChar(0xFF0D), QChar(0x3000)));
    CHECK(edit.isAcceptable());
    CHECK(canonicalOf(edit) == goodKey);

    edit.clear();
    QString digitsOnly = goodKey;
    digitsOnly.remove(QLatin1Char('-'));
    typeKeys(edit.lineEdit(), digitsOnly.left(20));
    QList<State> expected(8, State::Empty);
    expected[0] = expected[1] = expected[2] = State::Complete;
    expected[3] = State::Partial;
    CHECK(edit.groupStates() == expected);
    typeKeys(edit.lineEdit(), digitsOnly.mid(20));
    CHECK(edit.isAcceptable());
    CHECK(canonicalOf(edit) == goodKey);
}

TEST_CASE("A FileVault personal recovery key: six groups of four, look-alike characters warned about", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    edit.setKind(KeyKind::FileVaultPersonalRecoveryKey);
    CHECK(edit.groupCount() == 6);
    CHECK(edit.groupStates().size() == 6);
    CHECK(edit.lineEdit()->accessibleName().contains(QStringLiteral("FileVault")));

    typeKeys(edit.lineEdit(), QStringLiteral("7wez bt5r e6"));
    QList<State> expected(6, State::Empty);
    expected[0] = expected[1] = State::Complete;
    expected[2] = State::Partial;
    CHECK(edit.groupStates() == expected);
    typeKeys(edit.lineEdit(), QStringLiteral("xv 4oej bz59 nrtl"));
    CHECK(edit.isAcceptable());
    CHECK(canonicalOf(edit) == prk);

    // A zero where the key has the letter O: well formed, but group 4 is worth checking.
    edit.clear();
    typeKeys(edit.lineEdit(), QStringLiteral("7WEZ-BT5R-E6XV-40EJ-BZ59-NRTL"));
    CHECK(edit.isAcceptable());
    CHECK(edit.groupStates().at(3) == State::Warning);
    CHECK(edit.feedbackText().contains(QStringLiteral("Group 4")));
    CHECK(edit.feedbackText().contains(QStringLiteral("“O”")));

    // The warning shows up as soon as the group is complete.
    edit.clear();
    typeKeys(edit.lineEdit(), QStringLiteral("7WEZ-BT5R-E6XV-40EJ-B"));
    CHECK(edit.groupStates().at(3) == State::Warning);
    CHECK(edit.groupStates().at(4) == State::Partial);
    CHECK(edit.feedbackText().contains(QStringLiteral("Group 4")));

    // Full-width input.
    edit.clear();
    inputMethodCommit(edit.lineEdit(), fullWidth(QStringLiteral("7wez-bt5r-e6xv-4oej-bz59-nrtl")));
    CHECK(edit.isAcceptable());
    CHECK(canonicalOf(edit) == prk);

    // Back to BitLocker: the same text is checked as a recovery password.
    edit.setKind(KeyKind::BitLockerRecoveryPassword);
    CHECK(edit.groupCount() == 8);
    CHECK_FALSE(edit.isAcceptable());
}

TEST_CASE("clear() overwrites the line edit's own text and forgets its undo history", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    typeKeys(edit.lineEdit(), goodKey);
    REQUIRE(edit.isAcceptable());
    // A second reference to the line edit's buffer shows what happens to the buffer itself.
    const QString shared = edit.lineEdit()->text();
    edit.clear();
    CHECK(edit.lineEdit()->text().isEmpty());
    CHECK(shared.size() == goodKey.size());
    CHECK(std::all_of(shared.begin(), shared.end(), [](QChar c) { return c.isNull(); }));
    CHECK_FALSE(edit.lineEdit()->isUndoAvailable());
    edit.lineEdit()->undo();
    CHECK(edit.lineEdit()->text().isEmpty());
    CHECK_FALSE(edit.isAcceptable());
    CHECK(edit.groupStates() == QList<State>(8, State::Empty));
}

TEST_CASE("A key shown read-only (from a file) is grouped, monospaced and not editable", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    edit.setKey(SecureBytes::fromUtf8(goodKey));
    edit.setReadOnly(true);
    CHECK(edit.isReadOnly());
    CHECK(edit.lineEdit()->text() == goodKey);
    CHECK(QFontInfo(edit.lineEdit()->font()).fixedPitch());
    CHECK(edit.isAcceptable());
}

TEST_CASE("The group indicators draw in a light and a dark palette", "[wizard][keys]")
{
    RecoveryKeyEdit edit;
    typeKeys(edit.lineEdit(), QStringLiteral("235818-357951-253978-0133"));
    edit.resize(edit.sizeHint().expandedTo(QSize(600, 0)));
    auto* indicators = edit.findChild<KeyGroupIndicators*>(QStringLiteral("recoveryKeyGroupIndicators"));
    REQUIRE(indicators);
    CHECK(indicators->accessibleDescription().contains(QStringLiteral("Group 3: wrong")));
    CHECK(indicators->sizeHint().width() > indicators->sizeHint().height() * 8);

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    for (const QPalette& palette : { QApplication::palette(), dark }) {
        edit.setPalette(palette);
        const QImage image = indicators->grab().toImage();
        REQUIRE_FALSE(image.isNull());
        // Not a blank rectangle: the boxes and their marks are painted.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        CHECK(colours.size() > 4);
    }
    auto* message = edit.findChild<QLabel*>(QStringLiteral("recoveryKeyMessageLabel"));
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("Group 3")));
    CHECK(message->wordWrap());
}
