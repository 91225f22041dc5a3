// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of every wizard page (issues 7 and 8): drives the real BackupWizard like a user, over real data,
// and grabs each page from the X server. Run it through take-screenshots.sh (Xvfb, fonts, every language).
//
// The backup flow: welcome → source (a real BitLocker test image as this computer's drive) → key (its recovery
// password typed twice; also once with mistakes) → verify (against the image, for real) → targets → account
// (when one is given) → USB flash drive (a folder posing as a stick) → text file → sheet (saved as a PDF) → run
// → summary. Then the find flow: welcome → key ID → where to look → the key found; and an ID that two keys share.
// Then "Test a backup", a typed FileVault key up to the targets page (which asks for the Mac's name), and, in a
// wizard of its own, a copy of the image with a second recovery key: both read from the drive and saved to a
// second stick, and the summary that names both.
//
// Everything is written under --scratch: settings, the ledger, the "stick", the Documents folder. Nothing of
// the user's is read or written. Exit status: 0 when every page was shot, 1 when some could not be reached
// (each one is named on stderr), 2 on bad usage.
#include "BackupWizard.h"
#include "CopyCheckPanel.h"
#include "DriveKeyPanel.h"
#include "InterfaceFont.h"
#include "KeyPage.h"
#include "ReadableIndicators.h"
#include "RecoveryKeyEdit.h"
#include "SheetPage.h"
#include "StandIns.h"
#include "TestBackupPage.h"
#include "TextFilePage.h"
#include "WizardSession.h"

#include "KeyTyping.h" // tests/app: typing the way a keyboard does

#include "accounts/Account.h"
#include "accounts/AccountStore.h"
#include "accounts/MachineIdentity.h"
#include "accounts/KeychainSecretStore.h"
#include "accounts/SecretStore.h"
#include "backup/RecoverySheet.h"
#include "formats/RecoveryTextFileWriter.h"
#include "i18n/Language.h"
#include "keys/RecoveryPassword.h"
#include "volumes/ProtectorEdits.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPixmap>
#include <QProgressBar>
#include <QRadioButton>
#include <QScreen>
#include <QSet>
#include <QStyleFactory>
#include <QTextStream>
#include <QThread>
#include <QTransform>
#include <QTreeWidget>
#include <QWindow>

#include <cstdio>
#include <functional>

using namespace keyhaven;

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// One section of bitlk-images/images.conf.
struct TestImage
{
    QString path;
    QString recoveryPassword;
    QString recoveryKeyId;
    QString password; // the drive's password protector's, for "Read the key from this drive"
};

std::optional<TestImage> readTestImage(const QString& testData, const QString& name)
{
    const QString dir = testData + QStringLiteral("/bitlk-images");
    QFile conf(dir + QStringLiteral("/images.conf"));
    if (!conf.open(QIODevice::ReadOnly | QIODevice::Text))
        return std::nullopt;
    bool inSection = false;
    TestImage image;
    image.path = dir + QLatin1Char('/') + name + QStringLiteral(".img");
    while (!conf.atEnd()) {
        const QString line = QString::fromUtf8(conf.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            inSection = line == QLatin1Char('[') + name + QLatin1Char(']');
            continue;
        }
        if (!inSection)
            continue;
        if (line.startsWith(QLatin1String("RP=")))
            image.recoveryPassword = line.mid(3);
        if (line.startsWith(QLatin1String("PW=")))
            image.password = line.mid(3);
        else if (line.startsWith(QLatin1String("RP_VMK_GUID=")))
            image.recoveryKeyId = line.mid(12).toUpper();
    }
    if (image.recoveryPassword.isEmpty() || image.recoveryKeyId.isEmpty() || !QFileInfo::exists(image.path))
        return std::nullopt;
    return image;
}

// A Windows recovery text file written by the core's own writer (for the find flow).
bool writeKeyFile(const QString& folder, const QString& id, const QString& password)
{
    const RecoveryPassword::Parsed parsed = RecoveryPassword::parse(password);
    if (!parsed.password)
        return false;
    RecoveryKey key;
    key.kind = KeyKind::BitLockerRecoveryPassword;
    key.id = KeyId::parse(id);
    key.secret = parsed.password->canonical();
    if (!key.id || !QDir().mkpath(folder))
        return false;
    const SecureBytes bytes = recoveryTextFileBytes(key);
    QFile file(folder + QLatin1Char('/') + recoveryTextFileName(key));
    return file.open(QIODevice::WriteOnly)
        && file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()))
        == static_cast<qint64>(bytes.size());
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x80, 0x80, 0x85), highlight(0x3d, 0x7a, 0xd6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x37));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x48, 0x48, 0x4d));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3c, 0x41));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    return palette;
}

// --- the driver ---------------------------------------------------------------------------------------------------

struct Options
{
    QString language = QStringLiteral("en");
    QString outDir;
    QString prefix; // wizard-en, wizard-en-dark, …
    QString testData;
    QString imageName = QStringLiteral("bitlk-aes-xts-128");
    QString scratch;
    QSet<QString> only; // page names; empty: all
    bool dark = false;
    int settleMs = 500;
    // An account to upload to (a Crypt Server or WebDAV), set up on the account page.
    QString accountKind;
    QString accountUrl;
    QString accountUser;
    QString accountPassword;
    QString accountCa;
};

class Driver
{
public:
    Driver(const Options& options, BackupWizard& wizard)
        : m_options(options)
        , m_wizard(wizard)
    {
    }

    QStringList failures;
    QStringList shots;

    template <typename Widget>
    Widget* find(const QString& objectName, bool required = true)
    {
        auto* widget = m_wizard.findChild<Widget*>(objectName);
        if (!widget && required)
            fail(QStringLiteral("no widget named %1 on page %2").arg(objectName, pageName()));
        return widget;
    }

    void fail(const QString& message)
    {
        failures.append(message);
        err() << "take-screenshots: " << message << Qt::endl;
    }

    QString pageName() const
    {
        const QWizardPage* page = m_wizard.currentPage();
        return page ? page->objectName() : QStringLiteral("(none)");
    }

    // Runs the event loop until `done` (or the timeout), then a little longer so that what follows (layouts,
    // repaints, a second timer) has happened too.
    bool settle(const std::function<bool()>& done = {}, int timeoutMs = 30000)
    {
        bool ok = true;
        QDeadlineTimer deadline(timeoutMs);
        while (done && !done()) {
            if (deadline.hasExpired()) {
                ok = false;
                break;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(10);
        }
        // The page's busy indicators (an indeterminate progress bar: looking for drives, searching) end first.
        QDeadlineTimer busy(timeoutMs);
        while (pageIsBusy() && !busy.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(10);
        }
        if (pageIsBusy())
            err() << "take-screenshots: " << pageName() << " still shows a busy indicator after " << timeoutMs
                  << " ms" << Qt::endl;
        QDeadlineTimer rest(m_options.settleMs);
        while (!rest.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        return ok;
    }

    bool pageIsBusy() const
    {
        const QWizardPage* page = m_wizard.currentPage();
        if (!page)
            return false;
        const QList<QProgressBar*> bars = page->findChildren<QProgressBar*>();
        for (const QProgressBar* bar : bars)
            if (bar->isVisibleTo(&m_wizard) && bar->minimum() == bar->maximum())
                return true;
        return false;
    }

    // A wrapped label lower than its text (QWizard's header had that with Japanese in a fallback font).
    void checkNothingCutOff()
    {
        for (const QLabel* label : m_wizard.findChildren<QLabel*>()) {
            if (!label->isVisibleTo(&m_wizard) || !label->wordWrap() || label->text().isEmpty())
                continue;
            const int needed = label->heightForWidth(label->width());
            if (label->height() < needed)
                fail(QStringLiteral("on page %1, the text “%2” is cut off: %3 of %4 pixels high")
                         .arg(pageName(), label->text().left(60))
                         .arg(label->height())
                         .arg(needed));
        }
    }

    bool wanted(const QString& name) const { return m_options.only.isEmpty() || m_options.only.contains(name); }

    // Grabs the wizard's window from the X server and saves it as <prefix>-<NN>-<name>.png.
    void shoot(int number, const QString& name)
    {
        if (!wanted(name))
            return;
        m_wizard.raise();
        m_wizard.activateWindow();
        settle();
        checkNothingCutOff();
        QScreen* screen = m_wizard.windowHandle() ? m_wizard.windowHandle()->screen() : QGuiApplication::primaryScreen();
        const QPixmap pixmap = screen->grabWindow(m_wizard.winId());
        const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                 .arg(m_options.outDir, m_options.prefix)
                                 .arg(number, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        if (pixmap.isNull()) {
            fail(QStringLiteral("%1: the window could not be grabbed").arg(name));
            return;
        }
        const QImage image = pixmap.toImage();
        // A grab of nothing (no compositor, not mapped) is one flat colour, usually black.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height() && colours.size() < 16; y += 7)
            for (int x = 0; x < image.width() && colours.size() < 16; x += 7)
                colours.insert(image.pixel(x, y));
        if (colours.size() < 8)
            fail(QStringLiteral("%1: the grab has only %2 colours: is the window on the screen?").arg(name).arg(colours.size()));
        if (!image.save(file, "PNG")) {
            fail(QStringLiteral("%1: could not write %2").arg(name, file));
            return;
        }
        shots.append(file);
        err() << "  " << QFileInfo(file).fileName() << "  " << image.width() << "x" << image.height() << "  ("
              << pageName() << ")" << Qt::endl;
    }

    bool at(BackupWizard::PageId id, const QString& step)
    {
        if (m_wizard.currentId() == id)
            return true;
        fail(QStringLiteral("%1: expected page %2, the wizard is on %3")
                 .arg(step)
                 .arg(static_cast<int>(id))
                 .arg(pageName()));
        return false;
    }

    // Presses Next (or the commit button) like a user; false when it is not there or not enabled.
    bool next(const QString& step)
    {
        const int before = m_wizard.currentId();
        QWizardPage* page = m_wizard.currentPage();
        QAbstractButton* button
            = m_wizard.button(page && page->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        if (!button || !button->isVisible() || !button->isEnabled()) {
            fail(QStringLiteral("%1: Next is not enabled on %2").arg(step, pageName()));
            return false;
        }
        button->click();
        settle([&] { return m_wizard.currentId() != before; }, 5000);
        if (m_wizard.currentId() == before) {
            fail(QStringLiteral("%1: Next did not leave %2").arg(step, pageName()));
            return false;
        }
        return true;
    }

    void click(const QString& objectName)
    {
        if (auto* button = find<QAbstractButton>(objectName)) {
            if (!button->isEnabled())
                fail(QStringLiteral("%1 is disabled on %2").arg(objectName, pageName()));
            else if (!button->isChecked() || !button->isCheckable())
                button->click();
        }
    }

    void setChecked(const QString& objectName, bool checked)
    {
        auto* box = find<QAbstractButton>(objectName);
        if (!box)
            return;
        if (!box->isEnabled()) {
            if (checked)
                fail(QStringLiteral("%1 is disabled on %2").arg(objectName, pageName()));
            return;
        }
        if (box->isChecked() != checked)
            box->click();
    }

    void typeInto(const QString& objectName, const QString& text, RecoveryKeyEdit* owner = nullptr)
    {
        QLineEdit* edit = owner ? owner->lineEdit() : find<QLineEdit>(objectName);
        if (!edit)
            return;
        edit->setFocus(Qt::OtherFocusReason);
        test::typeKeys(edit, text);
    }

private:
    const Options& m_options;
    BackupWizard& m_wizard;
};

// The account the account page sets up (kind "crypt" or "webdav"), from the options.
struct AccountToSetUp
{
    QString kind;
    QString url;
    QString user;
    QString password;
    QString ca;
};

// Page numbers in the file names: fixed, so that a page keeps its name whatever the flow skips.
enum Shot {
    WelcomeShot = 1,
    SourceShot,
    KeyShot,
    KeyMistakesShot,
    VerifyShot,
    TargetsShot,
    AccountSetupShot,
    AccountShot,
    UsbShot,
    TextFileShot,
    SheetShot,
    RunShot,
    SummaryShot,
    FindIdShot,
    FindWhereShot,
    FindResultShot,
    FindSeveralShot,
    CheckAllShot,
    TestBackupShot,
    TestPhotoShot,
    KeyFromDriveShot,
    KeyEmptyShot,
    KeyDifferShot,
    SummaryTwoKeysShot,
    TargetsMacShot,
};

// The recovery password with one wrong digit in group `group` (1-based): the group no longer divides by 11.
QString withWrongGroup(const QString& password, int group)
{
    QString wrong = password;
    const qsizetype at = static_cast<qsizetype>(group - 1) * 7 + 5;
    const QChar digit = wrong.at(at);
    wrong[at] = QChar(digit == QLatin1Char('9') ? u'0' : static_cast<char16_t>(digit.unicode() + 1));
    return wrong;
}

// The recovery password with group `group` (1-based) replaced by another well-formed group.
QString withOtherGroup(const QString& password, int group)
{
    QStringList groups = password.split(QLatin1Char('-'));
    groups[group - 1] = groups.at(group - 1) == QLatin1String("000011") ? QStringLiteral("000022")
                                                                        : QStringLiteral("000011");
    return groups.join(QLatin1Char('-'));
}

// The account page opens on its set-up form (no account yet): the account typed in as a user would, tested
// against the real server, then saved.
void setUpAccount(Driver& driver, const AccountToSetUp& account)
{
    auto* form = driver.find<QWidget>(QStringLiteral("accountSetupForm"), false);
    if (!form || !form->isVisible() || account.url.isEmpty())
        return;
    if (account.kind == QLatin1String("crypt"))
        driver.click(QStringLiteral("cryptServerRadioButton"));
    driver.typeInto(QStringLiteral("accountUrlLineEdit"), account.url);
    if (account.kind != QLatin1String("crypt") || !account.user.isEmpty())
        driver.typeInto(QStringLiteral("accountUserLineEdit"), account.user);
    if (!account.password.isEmpty())
        driver.typeInto(QStringLiteral("accountPasswordLineEdit"), account.password);
    if (!account.ca.isEmpty()) {
        driver.setChecked(QStringLiteral("accountCertificatesCheckBox"), true);
        driver.typeInto(QStringLiteral("accountCaLineEdit"), account.ca);
    }
    auto* test = driver.find<QAbstractButton>(QStringLiteral("testConnectionPushButton"));
    if (test)
        test->click();
    driver.settle([test] { return !test || test->isEnabled(); }, 30000);
    driver.shoot(AccountSetupShot, QStringLiteral("account-setup"));
    driver.click(QStringLiteral("saveAccountPushButton"));
    driver.settle();
    if (form->isVisible())
        driver.fail(QStringLiteral("account: the account set up on the page was not saved"));
}

void backupFlow(Driver& driver, BackupWizard& wizard, const TestImage& image, const QString& documents,
                const AccountToSetUp& account)
{
    // Welcome: the notices are checked after the first paint, off the UI thread.
    driver.settle({}, 2000);
    driver.shoot(WelcomeShot, QStringLiteral("welcome"));
    driver.click(QStringLiteral("backupRadioButton"));
    if (!driver.next(QStringLiteral("welcome")) || !driver.at(BackupWizard::SourcePageId, QStringLiteral("welcome")))
        return;

    // Source: the drives are looked for when the page is shown; the test image is this computer's drive.
    auto* tree = driver.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"));
    driver.settle([tree] { return tree && tree->topLevelItemCount() > 0; }, 30000);
    if (tree && tree->topLevelItemCount() == 0)
        QMetaObject::invokeMethod(wizard.currentPage(), "addVolumeImage", Q_ARG(QString, image.path));
    if (tree && tree->topLevelItemCount() > 0 && !tree->currentItem())
        tree->setCurrentItem(tree->topLevelItem(0));
    driver.shoot(SourceShot, QStringLiteral("source"));
    if (!driver.next(QStringLiteral("source")) || !driver.at(BackupWizard::KeyPageId, QStringLiteral("source")))
        return;

    // The key page's first choice for a found drive: read the key from it, with the drive's password.
    auto* password = driver.find<QLineEdit>(QStringLiteral("drivePasswordLineEdit"));
    auto* keyPage = qobject_cast<KeyPage*>(wizard.currentPage());
    if (password && keyPage && keyPage->readingFromDrive() && driver.wanted(QStringLiteral("key-from-drive"))) {
        driver.typeInto(QStringLiteral("drivePasswordLineEdit"), image.password);
        driver.click(QStringLiteral("readDriveKeyPushButton"));
        driver.settle([keyPage] { return !keyPage->drivePanel()->isReading(); }, 60000);
        if (!keyPage->isComplete())
            driver.fail(QStringLiteral("key-from-drive: the key was not read from the drive"));
        driver.shoot(KeyFromDriveShot, QStringLiteral("key-from-drive"));
    }
    // The other choice, typing the key: first with mistakes (a wrong group, a second copy that differs), then right.
    driver.click(QStringLiteral("typeKeyChoiceRadioButton"));
    auto* keyEdit = driver.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
    auto* confirmEdit = driver.find<RecoveryKeyEdit>(QStringLiteral("confirmKeyEdit"), false);
    auto* idEdit = driver.find<QLineEdit>(QStringLiteral("keyIdLineEdit"));
    if (!keyEdit)
        return;
    if (idEdit && idEdit->text().isEmpty())
        driver.typeInto(QStringLiteral("keyIdLineEdit"), image.recoveryKeyId);
    // Empty: the placeholder and the group boxes waiting under the places of their groups.
    if (driver.wanted(QStringLiteral("key-empty")))
        driver.shoot(KeyEmptyShot, QStringLiteral("key-empty"));
    if (driver.wanted(QStringLiteral("key-differ")) && confirmEdit) {
        driver.typeInto({}, image.recoveryPassword, keyEdit);
        driver.typeInto({}, withOtherGroup(image.recoveryPassword, 5), confirmEdit);
        driver.shoot(KeyDifferShot, QStringLiteral("key-differ"));
        keyEdit->clear();
        confirmEdit->clear();
    }
    if (driver.wanted(QStringLiteral("key-mistakes"))) {
        driver.typeInto({}, withWrongGroup(image.recoveryPassword, 3), keyEdit);
        if (confirmEdit)
            driver.typeInto({}, image.recoveryPassword.left(34), confirmEdit);
        driver.shoot(KeyMistakesShot, QStringLiteral("key-mistakes"));
        keyEdit->clear();
        if (confirmEdit)
            confirmEdit->clear();
    }
    driver.typeInto({}, image.recoveryPassword, keyEdit);
    if (confirmEdit && confirmEdit->isVisible())
        driver.typeInto({}, image.recoveryPassword, confirmEdit);
    driver.shoot(KeyShot, QStringLiteral("key"));
    if (!driver.next(QStringLiteral("key")))
        return;

    // Verify: against the image, off the UI thread (one key stretch, about 0.1 s).
    if (wizard.currentId() == BackupWizard::VerifyPageId) {
        auto* result = driver.find<QLabel>(QStringLiteral("verifyResultLabel"));
        driver.settle([&] { return wizard.currentPage()->isComplete() || (result && !result->text().isEmpty()); },
                      60000);
        driver.shoot(VerifyShot, QStringLiteral("verify"));
        if (!driver.next(QStringLiteral("verify")))
            return;
    }
    if (!driver.at(BackupWizard::TargetsPageId, QStringLiteral("verify")))
        return;

    // Targets: all four; the account only when there is a server to set one up with.
    driver.settle();
    driver.setChecked(QStringLiteral("accountCheckBox"), !account.url.isEmpty());
    driver.setChecked(QStringLiteral("usbCheckBox"), true);
    driver.setChecked(QStringLiteral("textFileCheckBox"), true);
    driver.setChecked(QStringLiteral("sheetCheckBox"), true);
    driver.shoot(TargetsShot, QStringLiteral("targets"));
    if (!driver.next(QStringLiteral("targets")))
        return;

    // One page per place, in the wizard's order.
    for (int guard = 0; guard < 8 && wizard.currentId() != BackupWizard::RunPageId; ++guard) {
        switch (wizard.currentId()) {
        case BackupWizard::AccountPageId:
            driver.settle();
            setUpAccount(driver, account);
            driver.shoot(AccountShot, QStringLiteral("account"));
            break;
        case BackupWizard::UsbPageId: {
            auto* drives = driver.find<QListWidget>(QStringLiteral("usbDriveListWidget"));
            driver.settle([drives] { return drives && drives->count() > 0; }, 5000);
            if (drives && drives->count() > 0 && !drives->currentItem())
                drives->setCurrentRow(0);
            driver.shoot(UsbShot, QStringLiteral("usb"));
            break;
        }
        case BackupWizard::TextFilePageId:
            if (auto* page = qobject_cast<TextFilePage*>(wizard.currentPage()))
                page->setFolder(documents);
            driver.shoot(TextFileShot, QStringLiteral("text-file"));
            break;
        case BackupWizard::SheetPageId: {
            driver.click(QStringLiteral("savePdfRadioButton"));
            auto* page = qobject_cast<SheetPage*>(wizard.currentPage());
            // The page's own (translated) file name, in our Documents folder.
            auto* pdfEdit = driver.find<QLineEdit>(QStringLiteral("sheetPdfLineEdit"));
            QString name = pdfEdit ? QFileInfo(pdfEdit->text()).fileName() : QString();
            if (name.isEmpty())
                name = QStringLiteral("recovery-sheet.pdf");
            if (page)
                page->setPdfPath(documents + QLatin1Char('/') + name);
            driver.settle([page] { return !page || page->hasPreview(); }, 20000);
            driver.shoot(SheetShot, QStringLiteral("sheet"));
            break;
        }
        default:
            driver.fail(QStringLiteral("unexpected page %1 among the target pages").arg(driver.pageName()));
            return;
        }
        if (!driver.next(driver.pageName()))
            return;
    }

    // Run: every place is written and read back; Next when all have finished.
    if (!driver.at(BackupWizard::RunPageId, QStringLiteral("target pages")))
        return;
    if (!driver.settle([&] { return wizard.currentPage()->isComplete(); }, 120000))
        driver.fail(QStringLiteral("run: not finished after 120 s"));
    driver.shoot(RunShot, QStringLiteral("run"));
    if (!driver.next(QStringLiteral("run")) || !driver.at(BackupWizard::SummaryPageId, QStringLiteral("run")))
        return;
    driver.shoot(SummaryShot, QStringLiteral("summary"));
}

void findFlow(Driver& driver, BackupWizard& wizard, const QString& keyId, const QString& documents,
              const QString& severalPrefix)
{
    // Welcome → Find a recovery key → the first 8 characters of the ID, as the recovery screen shows it.
    driver.click(QStringLiteral("findRadioButton"));
    if (!driver.next(QStringLiteral("welcome (find)")) || !driver.at(BackupWizard::FindIdPageId, QStringLiteral("find")))
        return;
    driver.typeInto(QStringLiteral("keyIdPrefixLineEdit"), keyId.left(8));
    driver.shoot(FindIdShot, QStringLiteral("find-id"));
    if (!driver.next(QStringLiteral("find-id")) || !driver.at(BackupWizard::FindWherePageId, QStringLiteral("find-id")))
        return;

    // Where: the sticks, Documents and Desktop, the ledger's files; Documents is where the text file went.
    QMetaObject::invokeMethod(wizard.currentPage(), "addFolder", Q_ARG(QString, documents));
    driver.settle();
    driver.shoot(FindWhereShot, QStringLiteral("find-where"));
    if (!driver.next(QStringLiteral("find-where")))
        return;
    driver.settle([&] { return wizard.currentPage()->isComplete(); }, 60000);
    driver.shoot(FindResultShot, QStringLiteral("find-result"));

    // An ID that two keys share: back to the ID, the same places, the list of both and "type more".
    if (!driver.wanted(QStringLiteral("find-several")))
        return;
    wizard.back();
    wizard.back();
    driver.settle();
    if (!driver.at(BackupWizard::FindIdPageId, QStringLiteral("find-several")))
        return;
    if (auto* edit = driver.find<QLineEdit>(QStringLiteral("keyIdPrefixLineEdit")))
        edit->clear();
    driver.typeInto(QStringLiteral("keyIdPrefixLineEdit"), severalPrefix);
    if (!driver.next(QStringLiteral("find-several id")) || !driver.next(QStringLiteral("find-several where")))
        return;
    driver.settle([&] { return wizard.currentPage()->isComplete(); }, 60000);
    driver.shoot(FindSeveralShot, QStringLiteral("find-several"));
}

// The copies the backup flow made: "Check all copies" on the welcome page, then "Test a backup" with the text file
// in Documents and with a phone photo of the sheet (drawn, turned 6°, 1000 pixels wide, JPEG).
void testBackupFlow(Driver& driver, BackupWizard& wizard, const TestImage& image, const QString& documents)
{
    auto* panel = driver.find<CopyCheckPanel>(QStringLiteral("copyCheckFrame"));
    if (!panel)
        return;
    driver.settle([panel] { return panel->isVisible(); }, 10000);
    driver.click(QStringLiteral("checkAllCopiesPushButton"));
    driver.settle([panel] { return !panel->isChecking(); }, 60000);
    driver.shoot(CheckAllShot, QStringLiteral("check-all"));

    driver.click(QStringLiteral("testRadioButton"));
    if (!driver.next(QStringLiteral("welcome (test)"))
        || !driver.at(BackupWizard::TestBackupPageId, QStringLiteral("test-backup")))
        return;
    auto* page = qobject_cast<TestBackupPage*>(wizard.currentPage());
    const QStringList files = QDir(documents).entryList({ QStringLiteral("*.TXT") }, QDir::Files);
    if (!page || files.isEmpty()) {
        driver.fail(QStringLiteral("test-backup: no text file in %1 to test").arg(documents));
        return;
    }
    page->testFile(documents + QLatin1Char('/') + files.first());
    driver.settle([page] { return !page->isTesting(); }, 60000);
    driver.shoot(TestBackupShot, QStringLiteral("test-backup"));

    const RecoveryPassword::Parsed parsed = RecoveryPassword::parse(image.recoveryPassword);
    RecoveryKey key;
    key.id = KeyId::parse(image.recoveryKeyId);
    if (parsed.password)
        key.secret = parsed.password->canonical();
    QImage photo = RecoverySheet(key).toImage(150).convertToFormat(QImage::Format_RGB32);
    photo = photo.transformed(QTransform().rotate(6), Qt::SmoothTransformation).scaledToWidth(1000, Qt::SmoothTransformation);
    const QString photoPath = documents + QStringLiteral("/IMG_2041.jpg");
    if (!photo.save(photoPath, "JPEG", 60)) {
        driver.fail(QStringLiteral("test-backup: could not write %1").arg(photoPath));
        return;
    }
    page->testFile(photoPath);
    driver.settle([page] { return !page->isTesting(); }, 60000);
    driver.shoot(TestPhotoShot, QStringLiteral("test-photo"));
}

// The two-key drive's wizard, from the welcome page to the summary: both keys read from the drive with its password,
// both saved to the stick.
void saveTwoKeys(Driver& driver, BackupWizard& wizard, const TestImage& image)
{
    const QString step = QStringLiteral("summary-two-keys");
    driver.settle([&wizard] { return wizard.windowHandle() && wizard.windowHandle()->isExposed(); }, 10000);
    driver.click(QStringLiteral("backupRadioButton"));
    if (!driver.next(step) || !driver.at(BackupWizard::SourcePageId, step))
        return;
    auto* tree = driver.find<QTreeWidget>(QStringLiteral("volumesTreeWidget"));
    driver.settle([tree] { return tree && tree->topLevelItemCount() > 0; }, 30000);
    if (!driver.next(step) || !driver.at(BackupWizard::KeyPageId, step))
        return;
    auto* keyPage = qobject_cast<KeyPage*>(wizard.currentPage());
    driver.typeInto(QStringLiteral("drivePasswordLineEdit"), image.password);
    driver.click(QStringLiteral("readDriveKeyPushButton"));
    driver.settle([keyPage] { return !keyPage || !keyPage->drivePanel()->isReading(); }, 60000);
    if (!driver.next(step))
        return;
    if (wizard.currentId() == BackupWizard::VerifyPageId) {
        driver.settle([&] { return wizard.currentPage()->isComplete(); }, 60000);
        if (!driver.next(step))
            return;
    }
    if (!driver.at(BackupWizard::TargetsPageId, step))
        return;
    driver.settle();
    driver.setChecked(QStringLiteral("accountCheckBox"), false);
    driver.setChecked(QStringLiteral("usbCheckBox"), true);
    if (!driver.next(step) || !driver.at(BackupWizard::UsbPageId, step))
        return;
    auto* sticks = driver.find<QListWidget>(QStringLiteral("usbDriveListWidget"));
    driver.settle([sticks] { return sticks && sticks->count() > 0; }, 5000);
    if (sticks && sticks->count() > 0 && !sticks->currentItem())
        sticks->setCurrentRow(0);
    if (!driver.next(step) || !driver.at(BackupWizard::RunPageId, step))
        return;
    driver.settle([&] { return wizard.currentPage()->isComplete(); }, 120000);
    if (driver.next(step) && driver.at(BackupWizard::SummaryPageId, step))
        driver.shoot(SummaryTwoKeysShot, step);
}

// A drive with two recovery keys (a copy of the image with a second one, as tests/volumes/ProtectorEdits.h adds it),
// in a wizard of its own with a second stick beside the first (which holds the first key's file already). Returns
// the problems.
QStringList twoKeysFlow(const Options& options, const WizardEnvironment& base, const TestImage& image,
                        const QString& scratch, const QString& stick)
{
    if (!options.only.isEmpty() && !options.only.contains(QStringLiteral("summary-two-keys")))
        return {};
    const QString copy = scratch + QStringLiteral("/two-keys.img");
    const test::ImageFacts facts { image.path, image.recoveryPassword, image.recoveryKeyId, QString() };
    if (test::copyWithSecondRecoveryKey(facts, copy, test::SecondRecoveryPassword, test::SecondRecoveryId).isEmpty())
        return { QStringLiteral("summary-two-keys: no second recovery key could be added to a copy of %1")
                     .arg(image.path) };
    WizardEnvironment environment = base;
    environment.volumes = std::make_shared<test::ImageVolumeSource>(QStringList { copy });
    auto drives = std::make_shared<test::FolderDrives>();
    drives->plugIn(QFileInfo(stick).absolutePath() + QStringLiteral("/SPARE"), QStringLiteral("SPARE"),
                   8'000'000'000LL, 7'000'000'000LL);
    environment.drives = drives;
    environment.locator = drives;
    WizardSession session(environment);
    BackupWizard wizard(session);
    wizard.move(0, 0);
    wizard.show();
    Driver driver(options, wizard);
    saveTwoKeys(driver, wizard, image);
    wizard.restartWiped();
    return driver.failures;
}

// A typed FileVault key names no Mac: the targets page asks which Mac it is for (every copy is named after it).
void macNameFlow(Driver& driver, const QString& fileVaultKey)
{
    if (!driver.wanted(QStringLiteral("targets-mac")))
        return;
    driver.click(QStringLiteral("backupRadioButton"));
    if (!driver.next(QStringLiteral("welcome (mac)")) || !driver.at(BackupWizard::SourcePageId, QStringLiteral("mac")))
        return;
    driver.click(QStringLiteral("typeKeyRadioButton"));
    if (auto* kind = driver.find<QComboBox>(QStringLiteral("keyKindComboBox")))
        kind->setCurrentIndex(kind->findData(static_cast<int>(KeyKind::FileVaultPersonalRecoveryKey)));
    if (!driver.next(QStringLiteral("source (mac)")) || !driver.at(BackupWizard::KeyPageId, QStringLiteral("mac")))
        return;
    auto* keyEdit = driver.find<RecoveryKeyEdit>(QStringLiteral("recoveryKeyEdit"));
    auto* confirmEdit = driver.find<RecoveryKeyEdit>(QStringLiteral("confirmKeyEdit"));
    if (!keyEdit || !confirmEdit)
        return;
    driver.typeInto({}, fileVaultKey, keyEdit);
    driver.typeInto({}, fileVaultKey, confirmEdit);
    if (!driver.next(QStringLiteral("key (mac)")) || !driver.at(BackupWizard::TargetsPageId, QStringLiteral("mac")))
        return;
    driver.settle();
    driver.setChecked(QStringLiteral("textFileCheckBox"), true);
    driver.typeInto(QStringLiteral("macNameLineEdit"), QStringLiteral("Ingrid’s MacBook Air"));
    driver.shoot(TargetsMacShot, QStringLiteral("targets-mac"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    // As app/main.cpp: the names decide the window title and where settings would go.
    QApplication::setApplicationName(QStringLiteral("keyhaven"));
    QApplication::setOrganizationName(QStringLiteral("Keyhaven"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyhaven"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Screenshots of every Keyhaven wizard page (see take-screenshots.sh)."));
    parser.addHelpOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("en, ja or nb"), QStringLiteral("lang"),
                                        QStringLiteral("en"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Folder for the PNG files"),
                                       QStringLiteral("dir"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          QStringLiteral("File name prefix (default wizard-<lang>)"), QStringLiteral("name"));
    const QCommandLineOption testDataOption(QStringLiteral("testdata"),
                                            QStringLiteral("The unpacked test data (holds bitlk-images/)"),
                                            QStringLiteral("dir"));
    const QCommandLineOption imageOption(QStringLiteral("image"), QStringLiteral("The BitLocker image to back up"),
                                         QStringLiteral("name"), QStringLiteral("bitlk-aes-xts-128"));
    const QCommandLineOption scratchOption(QStringLiteral("scratch"),
                                           QStringLiteral("An empty folder for settings, ledger, stick and files"),
                                           QStringLiteral("dir"));
    const QCommandLineOption homeOption(QStringLiteral("home"),
                                        QStringLiteral("The home folder whose Documents the key goes to (default: "
                                                       "<scratch>/home)"),
                                        QStringLiteral("dir"));
    const QCommandLineOption stickOption(QStringLiteral("stick"),
                                         QStringLiteral("The folder posing as a USB flash drive (default: "
                                                        "<scratch>/media/KEYS)"),
                                         QStringLiteral("dir"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Only these pages (comma-separated names)"),
                                        QStringLiteral("names"));
    const QCommandLineOption darkOption(QStringLiteral("dark"), QStringLiteral("A dark palette (Fusion style)"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"), QStringLiteral("Wait before each grab"),
                                          QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption accountKindOption(QStringLiteral("account-kind"), QStringLiteral("crypt or webdav"),
                                               QStringLiteral("kind"));
    const QCommandLineOption accountUrlOption(QStringLiteral("account-url"), QStringLiteral("The account's URL"),
                                              QStringLiteral("url"));
    const QCommandLineOption accountUserOption(QStringLiteral("account-user"), QStringLiteral("The account's user"),
                                               QStringLiteral("user"));
    const QCommandLineOption accountCaOption(QStringLiteral("account-ca"), QStringLiteral("CA bundle for the account"),
                                             QStringLiteral("pem"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QStringLiteral("A settings file to start with (a damaged one, for the "
                                                           "account page's message)"),
                                            QStringLiteral("file"));
    const QCommandLineOption serialFileOption(QStringLiteral("serial-file"),
                                              QStringLiteral("A file standing in for this computer's hardware serial "
                                                             "number (the Crypt Server files keys by it)"),
                                              QStringLiteral("file"));
    parser.addOptions({langOption, outOption, prefixOption, testDataOption, imageOption, scratchOption, homeOption, stickOption, onlyOption,
                       darkOption, settleOption, accountKindOption, accountUrlOption, accountUserOption,
                       accountCaOption, serialFileOption, settingsOption});
    parser.process(app);

    Options options;
    options.language = parser.value(langOption);
    options.outDir = parser.value(outOption);
    options.prefix = parser.isSet(prefixOption) ? parser.value(prefixOption)
                                                : QStringLiteral("wizard-") + options.language;
    options.testData = parser.value(testDataOption);
    options.imageName = parser.value(imageOption);
    options.scratch = parser.value(scratchOption);
    options.dark = parser.isSet(darkOption);
    options.settleMs = parser.value(settleOption).toInt();
    for (const QString& name : parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.only.insert(name.trimmed());
    options.accountKind = parser.value(accountKindOption);
    options.accountUrl = parser.value(accountUrlOption);
    options.accountUser = parser.value(accountUserOption);
    options.accountPassword = qEnvironmentVariable("KEYHAVEN_SCREENSHOT_ACCOUNT_PASSWORD");
    options.accountCa = parser.value(accountCaOption);
    if (parser.isSet(serialFileOption))
        MachineIdentity::setHardwareSerialFile(parser.value(serialFileOption));
    if (options.outDir.isEmpty() || options.testData.isEmpty() || options.scratch.isEmpty()) {
        err() << "take-screenshots: --out, --testdata and --scratch are required (use take-screenshots.sh)" << Qt::endl;
        return 2;
    }
    const std::optional<TestImage> image = readTestImage(options.testData, options.imageName);
    if (!image) {
        err() << "take-screenshots: no image " << options.imageName << " with a recovery password in "
              << options.testData << "/bitlk-images (unpack it with tests/support/unpack-testdata.sh)" << Qt::endl;
        return 2;
    }
    QDir().mkpath(options.outDir);

    // The language, as `keyhaven --lang` chooses it.
    const std::optional<i18n::Language> language = i18n::parseLanguage(options.language);
    if (!language) {
        err() << "take-screenshots: unknown language " << options.language << Qt::endl;
        return 2;
    }
    const i18n::InstalledLanguage installed = i18n::setLanguage(i18n::chooseLanguage(options.language, QLocale::system()));
    useInterfaceFontFor(installed.choice.locale);
    if (*language != i18n::Language::English && installed.keyhavenCatalog.isEmpty())
        err() << "take-screenshots: warning: no Keyhaven translation for " << options.language
              << " was loaded; the pages show the source strings" << Qt::endl;

    if (options.dark)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    makeIndicatorsReadable(); // as the program does
    if (options.dark)
        QApplication::setPalette(darkPalette());

    // The scratch folder: everything the wizard reads and writes.
    const QString scratch = QDir(options.scratch).absolutePath();
    const QString home = parser.isSet(homeOption) ? parser.value(homeOption) : scratch + QStringLiteral("/home");
    const QString documents = home + QStringLiteral("/Documents");
    const QString stick = parser.isSet(stickOption) ? parser.value(stickOption) : scratch + QStringLiteral("/media/KEYS");
    QDir().mkpath(documents);
    auto drives = std::make_shared<test::FolderDrives>();
    drives->plugIn(stick, QStringLiteral("KEYS"), 16'000'000'000LL, 11'000'000'000LL);

    // Two older keys whose IDs share their first 8 characters, for the "several keys match" page.
    const QString severalPrefix = QStringLiteral("5A1C09E7");
    writeKeyFile(documents + QStringLiteral("/Old keys"), severalPrefix + QStringLiteral("-4587-4029-924A-BA299647998E"),
                 QStringLiteral("111111-222222-333333-444444-555555-666666-000000-123321"));
    writeKeyFile(documents + QStringLiteral("/Old keys/2023"),
                 severalPrefix + QStringLiteral("-9C13-4E52-8D0B-2F6A1C3B7E41"),
                 QStringLiteral("000011-000022-000033-000044-000055-000066-000077-000088"));

    WizardEnvironment environment;
    environment.volumes = std::make_shared<test::ImageVolumeSource>(QStringList{image->path});
    environment.drives = drives;
    environment.locator = drives;
    environment.secrets = std::make_shared<KeychainSecretStore>();
    environment.settingsFile = scratch + QStringLiteral("/config/keyhaven.conf");
    environment.ledgerPath = scratch + QStringLiteral("/data/ledger.json");
    if (parser.isSet(settingsOption)) {
        QDir().mkpath(QFileInfo(environment.settingsFile).path());
        QFile::remove(environment.settingsFile);
        if (!QFile::copy(parser.value(settingsOption), environment.settingsFile)) {
            err() << "take-screenshots: could not copy " << parser.value(settingsOption) << Qt::endl;
            return 2;
        }
    }

    const AccountToSetUp account { options.accountKind, options.accountUrl, options.accountUser,
                                   options.accountPassword, options.accountCa };

    WizardSession session(environment);
    BackupWizard wizard(session);
    wizard.move(0, 0);
    wizard.show();
    Driver driver(options, wizard);
    if (!driver.settle([&wizard] { return wizard.windowHandle() && wizard.windowHandle()->isExposed(); }, 10000))
        driver.fail(QStringLiteral("the wizard's window was never shown on the X server"));
    err() << "take-screenshots: " << options.prefix << " (" << QGuiApplication::platformName() << ", "
          << QApplication::style()->name() << ", device pixel ratio " << wizard.devicePixelRatioF() << ")" << Qt::endl;

    backupFlow(driver, wizard, *image, documents, account);
    wizard.restartWiped();
    driver.settle();
    findFlow(driver, wizard, image->recoveryKeyId, documents, severalPrefix);
    wizard.restartWiped();
    driver.settle();
    testBackupFlow(driver, wizard, *image, documents);
    wizard.restartWiped();
    driver.settle();
    macNameFlow(driver, QStringLiteral("7WEZ-BT5R-E6XV-4OEJ-BZ59-NRTL"));
    wizard.restartWiped();
    wizard.hide(); // the two-key drive's wizard takes its place on the screen
    driver.failures += twoKeysFlow(options, environment, *image, scratch, stick);

    err() << "take-screenshots: " << driver.shots.size() << " screenshot(s), " << driver.failures.size()
          << " problem(s)" << Qt::endl;
    wizard.restartWiped();
    return driver.failures.isEmpty() ? 0 : 1;
}
