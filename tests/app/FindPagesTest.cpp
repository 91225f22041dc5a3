// SPDX-License-Identifier: GPL-3.0-or-later
// Find a key: the key ID from the recovery screen, where to look, and what was found, through the real wizard
// over recovery text files written by the core's own writer.
#include "FindIdPage.h"
#include "FindResultPage.h"
#include "FindWherePage.h"
#include "KeyTyping.h"
#include "SecretClipboard.h"
#include "WizardTestSupport.h"

#include "backup/Ledger.h"
#include "formats/KeyFile.h"
#include "formats/RecoveryTextFileWriter.h"
#include "keys/RecoveryPassword.h"
#include "support/catch.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>

using namespace keyhaven;
using namespace keyhaven::test;

namespace {

const QString idA = QStringLiteral("64311DEA-4587-4029-924A-BA299647998E");
const QString idB = QStringLiteral("64311DEA-9C13-4E52-8D0B-2F6A1C3B7E41"); // same first 8 digits as idA
const QString idOther = QStringLiteral("A1B2C3D4-0000-4111-8222-333344445555");
const QString passwordA = QStringLiteral("111111-222222-333333-444444-555555-666666-000000-123321");
const QString passwordB = QStringLiteral("000011-000022-000033-000044-000055-000066-000077-000088");
const QString passwordOther = QStringLiteral("654313-123321-000000-111111-222222-333333-444444-555555");

RecoveryKey makeKey(const QString& id, const QString& password)
{
    const RecoveryPassword::Parsed parsed = RecoveryPassword::parse(password);
    REQUIRE(parsed.password);
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(id);
    REQUIRE(key.id);
    key.secret = parsed.password->canonical();
    return key;
}

// A Windows recovery text file written by the core, read back to be sure it is one.
QString writeKeyFile(const QString& folder, const QString& id, const QString& password)
{
    const RecoveryKey key = makeKey(id, password);
    REQUIRE(QDir().mkpath(folder));
    const SecureBytes bytes = recoveryTextFileBytes(key);
    const QString path = folder + QLatin1Char('/') + recoveryTextFileName(key);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()))
            == static_cast<qint64>(bytes.size()));
    file.close();
    const KeyFileContents contents = KeyFile::read(path);
    REQUIRE(contents.status == KeyFileContents::Status::Ok);
    REQUIRE(contents.keys.size() == 1);
    REQUIRE(contents.keys.first().id == key.id);
    return path;
}

QString withoutSpaces(QString text)
{
    text.remove(QLatin1Char('\n'));
    text.remove(QLatin1Char(' '));
    return text;
}

FindWherePage* wherePage(WizardFixture& fixture)
{
    return fixture.find<FindWherePage>(QStringLiteral("findWherePage"));
}

FindResultPage* resultPage(WizardFixture& fixture)
{
    return fixture.find<FindResultPage>(QStringLiteral("findResultPage"));
}

QListWidget* placesList(WizardFixture& fixture)
{
    return fixture.find<QListWidget>(QStringLiteral("searchPlacesListWidget"));
}

QListWidgetItem* placeItem(WizardFixture& fixture, const QString& path)
{
    QListWidget* list = placesList(fixture);
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(FindWherePage::PathRole).toString() == QDir::cleanPath(path))
            return list->item(row);
    return nullptr;
}

// Welcome → "Find a recovery key" → the ID, typed as given.
void enterId(WizardFixture& fixture, const QString& typed)
{
    REQUIRE(fixture.currentId() == BackupWizard::WelcomePageId);
    fixture.find<QRadioButton>(QStringLiteral("findRadioButton"))->click();
    CHECK(fixture.wizard->field(QStringLiteral("findMode")).toBool());
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::FindIdPageId);
    typeKeys(fixture.find<QLineEdit>(QStringLiteral("keyIdPrefixLineEdit")), typed);
}

// On the places page: only `folders` checked (the user's own Documents and Desktop are left out).
void lookOnlyIn(WizardFixture& fixture, const QStringList& folders)
{
    REQUIRE(fixture.currentId() == BackupWizard::FindWherePageId);
    QListWidget* list = placesList(fixture);
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(fixture.wizard->button(QWizard::NextButton)->isEnabled());
    for (const QString& folder : folders)
        wherePage(fixture)->addFolder(folder);
    CHECK(wherePage(fixture)->searchPaths().size() == folders.size());
}

// Next on the places page, then waits for the search.
FindResultPage* search(WizardFixture& fixture)
{
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::FindResultPageId);
    FindResultPage* page = resultPage(fixture);
    REQUIRE(waitUntil([page] { return !page->isSearching(); }));
    CHECK(fixture.find<QProgressBar>(QStringLiteral("searchProgressBar"))->isHidden());
    CHECK(fixture.wizard->button(QWizard::FinishButton)->isVisible());
    CHECK(fixture.wizard->button(QWizard::FinishButton)->isEnabled());
    return page;
}

QString labelText(WizardFixture& fixture, const QString& name)
{
    return fixture.find<QLabel>(name)->text();
}

// Enter, as the keyboard sends it to the widget with the focus (unhandled, it goes on to the wizard).
void pressEnter(QWidget* widget)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
    QCoreApplication::sendEvent(widget, &release);
}

bool shown(WizardFixture& fixture, const QString& name)
{
    return fixture.find<QWidget>(name)->isVisibleTo(fixture.wizard.get());
}

} // namespace

TEST_CASE("Find: an 8-character ID finds the recovery text file's key, shown with its ID and file", "[wizard][find]")
{
    WizardFixture fixture;
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    const QString fileA = writeKeyFile(folder, idA, passwordA);
    writeKeyFile(folder + QStringLiteral("/sub"), idOther, passwordOther);
    QFile::copy(fileA, folder + QStringLiteral("/sub/copy of key A.txt")); // the same key in two files

    enterId(fixture, QStringLiteral("64311dea"));
    CHECK(labelText(fixture, QStringLiteral("keyIdProblemLabel")).contains(QStringLiteral("64311DEA")));
    fixture.next();
    lookOnlyIn(fixture, { folder });
    search(fixture);

    CHECK(labelText(fixture, QStringLiteral("resultSummaryLabel")).contains(QStringLiteral("found")));
    REQUIRE(shown(fixture, QStringLiteral("foundKeyWidget")));
    CHECK_FALSE(shown(fixture, QStringLiteral("ambiguousWidget")));
    CHECK_FALSE(shown(fixture, QStringLiteral("noMatchLabel")));
    auto* keyLabel = fixture.find<QLabel>(QStringLiteral("foundKeyLabel"));
    CHECK(withoutSpaces(keyLabel->text()) == passwordA);
    CHECK(QFontInfo(keyLabel->font()).fixedPitch());
    // On one line, as the recovery screen shows it, and whole within the label.
    CHECK_FALSE(keyLabel->text().contains(QLatin1Char('\n')));
    CHECK(keyLabel->fontMetrics().horizontalAdvance(keyLabel->text()) <= keyLabel->contentsRect().width());
    const QString idText = labelText(fixture, QStringLiteral("foundKeyIdLabel"));
    CHECK(idText.contains(QStringLiteral("<b>64311DEA</b>-4587-4029-924A-BA299647998E")));
    CHECK(labelText(fixture, QStringLiteral("foundKindLabel")).contains(QStringLiteral("BitLocker recovery key")));
    const QString where = labelText(fixture, QStringLiteral("foundWhereLabel"));
    CHECK(where.contains(QDir::toNativeSeparators(fileA)));
    CHECK(where.contains(QStringLiteral("copy of key A.txt")));
    CHECK(where.contains(QStringLiteral("these files")));
    CHECK_FALSE(labelText(fixture, QStringLiteral("foundWhereLabel")).contains(idOther));

    // The session holds what was found (twice the same key, from two files).
    REQUIRE(fixture.session->foundKeys.size() == 2);
    for (const RecoveryKey& key : fixture.session->foundKeys)
        CHECK(key.id->toString() == idA);

    // Copy: concealed on the clipboard.
    resultPage(fixture)->clipboard()->setClearAfter(400);
    fixture.find<QPushButton>(QStringLiteral("copyKeyButton"))->click();
    QClipboard* clipboard = QGuiApplication::clipboard();
    CHECK(clipboard->text() == passwordA);
    REQUIRE(clipboard->mimeData());
    CHECK(clipboard->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")) == QByteArray("secret"));
    CHECK(labelText(fixture, QStringLiteral("clipboardStatusLabel")).contains(QStringLiteral("cleared in")));
    REQUIRE(waitUntil([clipboard] { return clipboard->text().isEmpty(); }, 5000));
    CHECK(labelText(fixture, QStringLiteral("clipboardStatusLabel")).contains(QStringLiteral("was cleared")));

    // Finish wipes: the keys and the labels go.
    fixture.find<QPushButton>(QStringLiteral("copyKeyButton"))->click();
    CHECK(clipboard->text() == passwordA);
    fixture.wizard->button(QWizard::FinishButton)->click();
    CHECK(fixture.session->foundKeys.isEmpty());
    CHECK(keyLabel->text().isEmpty());
    CHECK(labelText(fixture, QStringLiteral("foundKeyIdLabel")).isEmpty());
    CHECK(clipboard->text().isEmpty());
}

TEST_CASE("Find: two keys share the first 8 digits: both IDs are listed, more digits narrow to one", "[wizard][find]")
{
    WizardFixture fixture;
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    const QString fileA = writeKeyFile(folder, idA, passwordA);
    const QString fileB = writeKeyFile(folder + QStringLiteral("/old"), idB, passwordB);
    writeKeyFile(folder, idOther, passwordOther);

    enterId(fixture, QStringLiteral("64311DEA"));
    fixture.next();
    lookOnlyIn(fixture, { folder });
    search(fixture);

    REQUIRE(shown(fixture, QStringLiteral("ambiguousWidget")));
    CHECK_FALSE(shown(fixture, QStringLiteral("foundKeyWidget")));
    CHECK(fixture.find<QLabel>(QStringLiteral("foundKeyLabel"))->text().isEmpty()); // no key shown yet
    CHECK(labelText(fixture, QStringLiteral("ambiguousLabel")).contains(QStringLiteral("2 different keys")));
    auto* ids = fixture.find<QListWidget>(QStringLiteral("matchingIdsListWidget"));
    REQUIRE(ids->count() == 2);
    QStringList listed;
    for (int row = 0; row < ids->count(); ++row)
        listed << ids->item(row)->text();
    CHECK(listed.filter(idA).size() == 1);
    CHECK(listed.filter(idB).size() == 1);
    CHECK(listed.filter(QFileInfo(fileB).fileName()).size() == 1);
    CHECK(fixture.session->foundKeys.size() == 2);

    // More digits, typed after those already there: "64311DEA" + "9" → only B.
    auto* more = fixture.find<QLineEdit>(QStringLiteral("moreDigitsLineEdit"));
    CHECK(more->text() == QStringLiteral("64311DEA"));
    typeKeys(more, QStringLiteral("-9"));
    REQUIRE(ids->count() == 1);
    CHECK(ids->item(0)->text().contains(idB));
    REQUIRE(shown(fixture, QStringLiteral("foundKeyWidget")));
    CHECK(withoutSpaces(labelText(fixture, QStringLiteral("foundKeyLabel"))) == passwordB);
    CHECK(labelText(fixture, QStringLiteral("foundWhereLabel")).contains(QDir::toNativeSeparators(fileB)));

    // Digits that fit neither: said so, no key shown.
    more->clear();
    typeKeys(more, QStringLiteral("64311DEA0"));
    CHECK(ids->count() == 0);
    CHECK_FALSE(shown(fixture, QStringLiteral("foundKeyWidget")));
    CHECK(labelText(fixture, QStringLiteral("moreDigitsProblemLabel")).contains(QStringLiteral("None")));

    // Choosing an ID in the list narrows to it too.
    more->clear();
    typeKeys(more, QStringLiteral("64311dea"));
    REQUIRE(ids->count() == 2);
    for (int row = 0; row < ids->count(); ++row)
        if (ids->item(row)->text().contains(idA))
            ids->setCurrentRow(row);
    emit ids->itemActivated(ids->currentItem());
    CHECK(more->text() == idA);
    CHECK(withoutSpaces(labelText(fixture, QStringLiteral("foundKeyLabel"))) == passwordA);
    CHECK(labelText(fixture, QStringLiteral("foundWhereLabel")).contains(QDir::toNativeSeparators(fileA)));

    // Back forgets what was found.
    fixture.wizard->back();
    CHECK(fixture.currentId() == BackupWizard::FindWherePageId);
    CHECK(fixture.session->foundKeys.isEmpty());
    CHECK(fixture.find<QLabel>(QStringLiteral("foundKeyLabel"))->text().isEmpty());
}

TEST_CASE("Find: with several matches every ID and its file show whole, and Enter does not finish the wizard",
          "[wizard][find]")
{
    WizardFixture fixture;
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    const QStringList ids { idA, idB, QStringLiteral("64311DEA-0001-4000-8000-000000000001"),
                            QStringLiteral("64311DEA-0002-4000-8000-000000000002"),
                            QStringLiteral("64311DEA-0003-4000-8000-000000000003") };
    for (const QString& id : ids)
        writeKeyFile(folder, id, passwordA);

    enterId(fixture, QStringLiteral("64311DEA"));
    fixture.next();
    lookOnlyIn(fixture, { folder });
    search(fixture);
    REQUIRE(shown(fixture, QStringLiteral("ambiguousWidget")));
    auto* list = fixture.find<QListWidget>(QStringLiteral("matchingIdsListWidget"));
    REQUIRE(list->count() == ids.size());
    QCoreApplication::processEvents(); // the layout takes the list's new height

    // Every ID in view at once, and each line whole: nothing cut off at the right, nothing to scroll to.
    CHECK_FALSE(list->horizontalScrollBar()->isVisible());
    CHECK_FALSE(list->verticalScrollBar()->isVisible());
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem* item = list->item(row);
        const QRect rect = list->visualItemRect(item);
        INFO(item->text().toStdString());
        CHECK(list->viewport()->rect().contains(rect));
        for (const QString& line : item->text().split(QLatin1Char('\n')))
            CHECK(list->fontMetrics().horizontalAdvance(line) < rect.width());
    }
    CHECK(list->item(0)->text().contains(QStringLiteral(".TXT")));

    // Enter in the ID field or on the list chooses; it does not press Finish (which would close the wizard and
    // take the key off the screen).
    auto* finish = qobject_cast<QPushButton*>(fixture.wizard->button(QWizard::FinishButton));
    REQUIRE(finish);
    CHECK_FALSE(finish->isDefault());
    auto* more = fixture.find<QLineEdit>(QStringLiteral("moreDigitsLineEdit"));
    more->setFocus();
    pressEnter(more);
    CHECK(fixture.wizard->isVisible());
    CHECK(fixture.currentId() == BackupWizard::FindResultPageId);
    CHECK(fixture.session->foundKeys.size() == ids.size());
    list->setFocus();
    list->setCurrentRow(1);
    pressEnter(list);
    CHECK(fixture.wizard->isVisible());
    CHECK(fixture.currentId() == BackupWizard::FindResultPageId);

    // Back on the places page, Next is the default button again.
    fixture.find<QPushButton>(QStringLiteral("searchAgainPushButton"))->click();
    REQUIRE(fixture.currentId() == BackupWizard::FindWherePageId);
    auto* next = qobject_cast<QPushButton*>(fixture.wizard->button(QWizard::NextButton));
    REQUIRE(next);
    CHECK(next->isDefault());
}

TEST_CASE("Find: no match says where Keyhaven looked and where else to look", "[wizard][find]")
{
    WizardFixture fixture;
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    writeKeyFile(folder, idA, passwordA);
    writeKeyFile(folder, idOther, passwordOther);
    const QString missing = fixture.scratch.file(QStringLiteral("gone"));
    QDir().mkpath(missing);

    enterId(fixture, QStringLiteral("DEADBEEF"));
    fixture.next();
    lookOnlyIn(fixture, { folder, missing });
    QDir(missing).removeRecursively(); // gone between choosing and searching
    search(fixture);

    CHECK(labelText(fixture, QStringLiteral("resultSummaryLabel")).contains(QStringLiteral("DEADBEEF")));
    CHECK(labelText(fixture, QStringLiteral("resultSummaryLabel")).contains(QStringLiteral("No key")));
    REQUIRE(shown(fixture, QStringLiteral("noMatchLabel")));
    const QString text = labelText(fixture, QStringLiteral("noMatchLabel"));
    CHECK(text.contains(QDir::toNativeSeparators(folder)));
    CHECK(text.contains(QStringLiteral("2 file")));
    CHECK(text.contains(QStringLiteral("USB flash drive")));
    CHECK(text.contains(QStringLiteral("printed recovery sheet")));
    CHECK_FALSE(shown(fixture, QStringLiteral("foundKeyWidget")));
    CHECK_FALSE(shown(fixture, QStringLiteral("ambiguousWidget")));
    REQUIRE(shown(fixture, QStringLiteral("skippedLabel")));
    CHECK(labelText(fixture, QStringLiteral("skippedLabel")).contains(QDir::toNativeSeparators(missing)));
    CHECK(fixture.session->foundKeys.isEmpty());

    // The wizard has no Back button on its last page: "Search again" goes back to the places.
    CHECK_FALSE(fixture.wizard->button(QWizard::BackButton)->isVisible());
    fixture.find<QPushButton>(QStringLiteral("searchAgainPushButton"))->click();
    CHECK(fixture.currentId() == BackupWizard::FindWherePageId);
    CHECK(fixture.find<QLabel>(QStringLiteral("noMatchLabel"))->text().isEmpty());
}

TEST_CASE("Find: the ID page takes full-width input, spaces and braces, and says what is wrong while typing",
          "[wizard][find]")
{
    WizardFixture fixture;
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    writeKeyFile(folder, idA, passwordA);

    REQUIRE(fixture.currentId() == BackupWizard::WelcomePageId);
    fixture.find<QRadioButton>(QStringLiteral("findRadioButton"))->click();
    fixture.next();
    auto* edit = fixture.find<QLineEdit>(QStringLiteral("keyIdPrefixLineEdit"));
    QAbstractButton* next = fixture.wizard->button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled());
    CHECK(labelText(fixture, QStringLiteral("keyIdProblemLabel")).isEmpty());

    typeKeys(edit, QStringLiteral("6431"));
    CHECK_FALSE(next->isEnabled());
    CHECK(labelText(fixture, QStringLiteral("keyIdProblemLabel")).contains(QStringLiteral("at least the first 8")));

    edit->clear();
    typeKeys(edit, QStringLiteral("6431 1DEX"));
    CHECK_FALSE(next->isEnabled());
    CHECK(labelText(fixture, QStringLiteral("keyIdProblemLabel")).contains(QStringLiteral("“X”")));

    // What a Japanese input method commits: full-width digits, letters, brace and dash, with an ideographic space.
    edit->clear();
    inputMethodCommit(edit, fullWidth(QStringLiteral("{6431 1dea-45")));
    CHECK(next->isEnabled());
    CHECK(labelText(fixture, QStringLiteral("keyIdProblemLabel")).contains(QStringLiteral("64311DEA45")));

    fixture.next();
    lookOnlyIn(fixture, { folder });
    search(fixture);
    CHECK(withoutSpaces(labelText(fixture, QStringLiteral("foundKeyLabel"))) == passwordA);
}

TEST_CASE("Find: USB flash drives appear and go while the places page is shown, the ledger's files are offered",
          "[wizard][find]")
{
    WizardFixture fixture;
    const QString stick = fixture.scratch.file(QStringLiteral("media/STICK"));
    const QString onStick = writeKeyFile(stick, idA, passwordA);
    const QString saved = writeKeyFile(fixture.scratch.file(QStringLiteral("saved")), idOther, passwordOther);
    LedgerEntry entry;
    entry.keyId = idOther;
    entry.kind = QStringLiteral("bitlocker-recovery-password");
    entry.target = QStringLiteral("text");
    entry.location = saved;
    entry.time = QDateTime::currentDateTimeUtc();
    LedgerEntry gone = entry;
    gone.location = fixture.scratch.file(QStringLiteral("deleted/BitLocker Recovery Key.TXT"));
    LedgerEntry account = entry;
    account.target = QStringLiteral("account");
    account.location = QStringLiteral("https://example.invalid/keys");
    QString error;
    REQUIRE(Ledger(fixture.ledgerPath()).record(entry, &error));
    REQUIRE(Ledger(fixture.ledgerPath()).record(gone, &error));
    REQUIRE(Ledger(fixture.ledgerPath()).record(account, &error));

    enterId(fixture, idA.left(8));
    fixture.next();
    REQUIRE(fixture.currentId() == BackupWizard::FindWherePageId);
    // The ledger: the file that is still there, checked; not the deleted one, not the account.
    QListWidgetItem* savedItem = placeItem(fixture, saved);
    REQUIRE(savedItem);
    CHECK(savedItem->checkState() == Qt::Checked);
    CHECK(savedItem->text().contains(idOther));
    CHECK_FALSE(placeItem(fixture, gone.location));

    // A stick plugged in while the page is shown appears by itself, checked.
    CHECK_FALSE(placeItem(fixture, stick));
    fixture.drives->plugIn(stick, QStringLiteral("STICK"));
    REQUIRE(waitUntil([&] { return placeItem(fixture, stick) != nullptr; }, 5000));
    QListWidgetItem* stickItem = placeItem(fixture, stick);
    CHECK(stickItem->checkState() == Qt::Checked);
    CHECK(stickItem->text().contains(QStringLiteral("STICK")));
    CHECK(placesList(fixture)->row(stickItem) == 0); // sticks first
    // Pulled out: gone again.
    fixture.drives->pullOut(stick);
    REQUIRE(waitUntil([&] { return placeItem(fixture, stick) == nullptr; }, 5000));
    fixture.drives->plugIn(stick, QStringLiteral("STICK"));
    REQUIRE(waitUntil([&] { return placeItem(fixture, stick) != nullptr; }, 5000));

    // Search only the stick and the ledger's file: the key on the stick is found.
    QListWidget* list = placesList(fixture);
    for (int row = 0; row < list->count(); ++row) {
        const QString path = list->item(row)->data(FindWherePage::PathRole).toString();
        list->item(row)->setCheckState(
            path == QDir::cleanPath(stick) || path == QDir::cleanPath(saved) ? Qt::Checked : Qt::Unchecked);
    }
    CHECK(wherePage(fixture)->searchPaths().size() == 2);
    search(fixture);
    CHECK(withoutSpaces(labelText(fixture, QStringLiteral("foundKeyLabel"))) == passwordA);
    CHECK(labelText(fixture, QStringLiteral("foundWhereLabel")).contains(QDir::toNativeSeparators(onStick)));
}

TEST_CASE("Find: wiping the session clears what was found", "[wizard][find]")
{
    WizardFixture fixture;
    const QString folder = fixture.scratch.file(QStringLiteral("keys"));
    writeKeyFile(folder, idA, passwordA);
    enterId(fixture, idA);
    fixture.next();
    lookOnlyIn(fixture, { folder });
    search(fixture);
    REQUIRE(withoutSpaces(labelText(fixture, QStringLiteral("foundKeyLabel"))) == passwordA);
    REQUIRE_FALSE(fixture.session->foundKeys.isEmpty());

    fixture.wizard->restartWiped();
    CHECK(fixture.currentId() == BackupWizard::WelcomePageId);
    CHECK(fixture.session->foundKeys.isEmpty());
    CHECK(labelText(fixture, QStringLiteral("foundKeyLabel")).isEmpty());
    CHECK(labelText(fixture, QStringLiteral("foundKeyIdLabel")).isEmpty());
    CHECK(labelText(fixture, QStringLiteral("foundWhereLabel")).isEmpty());
    CHECK(fixture.find<QLineEdit>(QStringLiteral("keyIdPrefixLineEdit"))->text().isEmpty());
    CHECK(fixture.find<QRadioButton>(QStringLiteral("backupRadioButton"))->isChecked());
}
