// SPDX-License-Identifier: GPL-3.0-or-later
// The key field and the read-only key-from-file view hand the key to no other program: on a real X server
// (Xvfb, run by CTest through xvfb-run), so that X11's PRIMARY selection is there, which offscreen lacks.
#include "RecoveryKeyEdit.h"

#include "support/catch.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QTest>

using namespace keyhaven;

namespace {

const QString key = QStringLiteral("235818-357951-253979-013365-241120-245575-342914-591910");

void settle()
{
    QCoreApplication::processEvents();
    QTest::qWait(50);
}

void emptyBoth()
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    clipboard->clear(QClipboard::Selection);
    settle();
}

bool clipboardAndSelectionEmpty()
{
    settle();
    const QClipboard* clipboard = QGuiApplication::clipboard();
    INFO("clipboard: " << clipboard->text(QClipboard::Clipboard).toStdString()
                       << " selection: " << clipboard->text(QClipboard::Selection).toStdString());
    return clipboard->text(QClipboard::Clipboard).isEmpty() && clipboard->text(QClipboard::Selection).isEmpty();
}

// Presses the left button at `from`, moves to `to` with it held, releases: a mouse selection, or a drag.
void dragAcross(QWidget* widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    QTest::mouseMove(widget, (from + to) / 2);
    QTest::mouseMove(widget, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

// Selection by mouse, double click, keyboard; Copy and Cut by every binding; a drag out of the selection;
// a middle click. Afterwards the clipboard and the PRIMARY selection must still be empty.
void tryEveryWayOut(QLineEdit* line)
{
    const QPoint left(4, line->height() / 2);
    const QPoint right(line->width() - 4, line->height() / 2);
    emptyBoth();

    dragAcross(line, left, right);
    CHECK(line->hasSelectedText());
    CHECK(clipboardAndSelectionEmpty());

    QTest::keyClick(line, Qt::Key_C, Qt::ControlModifier);
    CHECK(clipboardAndSelectionEmpty());
    QTest::keyClick(line, Qt::Key_Insert, Qt::ControlModifier);
    CHECK(clipboardAndSelectionEmpty());
    QTest::keyClick(line, Qt::Key_X, Qt::ControlModifier);
    CHECK(clipboardAndSelectionEmpty());
    QTest::keyClick(line, Qt::Key_Delete, Qt::ShiftModifier);
    CHECK(clipboardAndSelectionEmpty());
    CHECK(line->text() == key);

    line->selectAll();
    dragAcross(line, QPoint(line->width() / 2, line->height() / 2), QPoint(line->width() / 2, line->height() * 4));
    CHECK(clipboardAndSelectionEmpty());

    QTest::mouseDClick(line, Qt::LeftButton, {}, QPoint(line->width() / 3, line->height() / 2));
    CHECK(clipboardAndSelectionEmpty());

    line->setFocus();
    QTest::keyClick(line, Qt::Key_End);
    QTest::keyClick(line, Qt::Key_Home, Qt::ShiftModifier);
    CHECK(line->hasSelectedText());
    CHECK(clipboardAndSelectionEmpty());

    QTest::mouseClick(line, Qt::MiddleButton, {}, right);
    CHECK(clipboardAndSelectionEmpty());
    CHECK(line->text() == key);
}

} // namespace

TEST_CASE("A plain line edit does publish its selection here: the environment can see a leak",
          "[wizard][keys][clipboard][x11]")
{
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("xcb"));
    REQUIRE(QGuiApplication::clipboard()->supportsSelection());
    QLineEdit plain;
    plain.setText(key);
    plain.resize(500, 30);
    plain.show();
    REQUIRE(QTest::qWaitForWindowExposed(&plain));
    emptyBoth();
    dragAcross(&plain, QPoint(4, 15), QPoint(496, 15));
    settle();
    CHECK_FALSE(QGuiApplication::clipboard()->text(QClipboard::Selection).isEmpty());
    QTest::keyClick(&plain, Qt::Key_C, Qt::ControlModifier);
    settle();
    CHECK_FALSE(QGuiApplication::clipboard()->text().isEmpty());
    emptyBoth();
}

TEST_CASE("The key field: Ctrl+C, Ctrl+X, drag, selection and middle click leave clipboard and selection empty",
          "[wizard][keys][clipboard][x11]")
{
    RecoveryKeyEdit edit;
    edit.resize(600, 80);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    edit.setKey(SecureBytes::fromUtf8(key));
    QLineEdit* line = edit.lineEdit();
    REQUIRE(line->text() == key);
    tryEveryWayOut(line);
}

TEST_CASE("The read-only key from a file leaves clipboard and selection empty too", "[wizard][keys][clipboard][x11]")
{
    RecoveryKeyEdit edit;
    edit.resize(600, 80);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    edit.setKey(SecureBytes::fromUtf8(key));
    edit.setReadOnly(true);
    QLineEdit* line = edit.lineEdit();
    REQUIRE(line->isReadOnly());
    tryEveryWayOut(line);
}
