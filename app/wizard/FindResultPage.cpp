// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindResultPage.h"

#include "SecretClipboard.h"
#include "WizardSession.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace keyhaven {

namespace {

QLabel* wrappedLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The key as people read it aloud: groups joined by dashes, a long key on two lines of four groups.
QString groupedForDisplay(const QString& canonical)
{
    // On one line, as the recovery screen shows it: a line break would leave a dash at the end of a line.
    QString shown;
    shown.reserve(canonical.size()); // no reallocation: no stray copies of the key in freed memory
    shown.append(canonical);
    return shown;
}

QStringList distinctIds(const QList<RecoveryKey>& keys)
{
    QStringList ids;
    for (const RecoveryKey& key : keys)
        if (key.id && !ids.contains(key.id->toString()))
            ids.append(key.id->toString());
    return ids;
}

} // namespace

FindResultPage::FindResultPage(WizardSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("findResultPage"));
    setTitle(tr("Find a recovery key"));
    setSubTitle(tr("Keyhaven compares the key ID you entered with every saved key in the places you chose."));
    setFinalPage(true);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("findResultContent"));
    auto* layout = new QVBoxLayout(content);

    m_progress = new QProgressBar(content);
    m_progress->setObjectName(QStringLiteral("searchProgressBar"));
    m_progress->setRange(0, 0); // busy: the number of files is not known beforehand
    m_progress->setAccessibleName(tr("Searching"));
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_summaryLabel = wrappedLabel(content, QStringLiteral("resultSummaryLabel"));
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    layout->addWidget(m_summaryLabel);

    // Several keys fit: ask for more characters.
    m_ambiguousBox = new QWidget(content);
    m_ambiguousBox->setObjectName(QStringLiteral("ambiguousWidget"));
    auto* ambiguous = new QVBoxLayout(m_ambiguousBox);
    ambiguous->setContentsMargins(0, 0, 0, 0);
    m_ambiguousLabel = wrappedLabel(m_ambiguousBox, QStringLiteral("ambiguousLabel"));
    ambiguous->addWidget(m_ambiguousLabel);
    auto* moreLabel = new QLabel(tr("&More characters of the recovery key ID:"), m_ambiguousBox);
    moreLabel->setObjectName(QStringLiteral("moreDigitsLabel"));
    moreLabel->setWordWrap(true);
    ambiguous->addWidget(moreLabel);
    m_moreDigitsEdit = new QLineEdit(m_ambiguousBox);
    m_moreDigitsEdit->setObjectName(QStringLiteral("moreDigitsLineEdit"));
    m_moreDigitsEdit->setAccessibleName(tr("More characters of the recovery key ID"));
    m_moreDigitsEdit->setMaxLength(120);
    moreLabel->setBuddy(m_moreDigitsEdit);
    connect(m_moreDigitsEdit, &QLineEdit::textChanged, this, &FindResultPage::moreDigitsChanged);
    ambiguous->addWidget(m_moreDigitsEdit);
    m_moreDigitsProblemLabel = wrappedLabel(m_ambiguousBox, QStringLiteral("moreDigitsProblemLabel"));
    ambiguous->addWidget(m_moreDigitsProblemLabel);
    auto* idsLabel = new QLabel(tr("Recovery key &IDs that fit:"), m_ambiguousBox);
    idsLabel->setObjectName(QStringLiteral("matchingIdsLabel"));
    ambiguous->addWidget(idsLabel);
    m_idsList = new QListWidget(m_ambiguousBox);
    m_idsList->setObjectName(QStringLiteral("matchingIdsListWidget"));
    m_idsList->setAccessibleName(tr("Recovery key IDs that fit"));
    m_idsList->setToolTip(tr("Press Enter or double-click an ID to choose it."));
    // Each ID on a line of its own with its files on the next: nothing to scroll sideways to. A name too long
    // for the width loses its middle (the tooltip has the whole path).
    m_idsList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_idsList->setTextElideMode(Qt::ElideMiddle);
    m_idsList->setUniformItemSizes(true);
    m_idsList->setAlternatingRowColors(true); // where one ID and its files end and the next begin
    idsLabel->setBuddy(m_idsList);
    connect(m_idsList, &QListWidget::itemActivated, this, &FindResultPage::idActivated);
    ambiguous->addWidget(m_idsList);
    layout->addWidget(m_ambiguousBox);

    // One key: the key itself.
    m_keyBox = new QWidget(content);
    m_keyBox->setObjectName(QStringLiteral("foundKeyWidget"));
    auto* keyLayout = new QVBoxLayout(m_keyBox);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    m_kindLabel = wrappedLabel(m_keyBox, QStringLiteral("foundKindLabel"));
    keyLayout->addWidget(m_kindLabel);
    m_keyLabel = new QLabel(m_keyBox);
    m_keyLabel->setObjectName(QStringLiteral("foundKeyLabel"));
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_keyLabel->setAccessibleName(tr("Recovery key"));
    m_keyLabel->setForegroundRole(QPalette::Text);
    m_keyLabel->setBackgroundRole(QPalette::AlternateBase);
    m_keyLabel->setAutoFillBackground(true);
    m_keyLabel->setFrameShape(QFrame::StyledPanel);
    keyLayout->addWidget(m_keyLabel);
    m_idLabel = new QLabel(m_keyBox);
    m_idLabel->setObjectName(QStringLiteral("foundKeyIdLabel"));
    m_idLabel->setTextFormat(Qt::RichText);
    m_idLabel->setWordWrap(true);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keyLayout->addWidget(m_idLabel);
    auto* copyRow = new QHBoxLayout;
    m_copyButton = new QPushButton(tr("&Copy the key"), m_keyBox);
    m_copyButton->setObjectName(QStringLiteral("copyKeyButton"));
    m_copyButton->setAccessibleName(tr("Copy the recovery key to the clipboard for 30 seconds"));
    connect(m_copyButton, &QPushButton::clicked, this, &FindResultPage::copyKey);
    copyRow->addWidget(m_copyButton);
    m_clipboardLabel = wrappedLabel(m_keyBox, QStringLiteral("clipboardStatusLabel"));
    copyRow->addWidget(m_clipboardLabel, 1);
    keyLayout->addLayout(copyRow);
    m_howToLabel = wrappedLabel(m_keyBox, QStringLiteral("foundHowToLabel"));
    keyLayout->addWidget(m_howToLabel);
    m_whereLabel = wrappedLabel(m_keyBox, QStringLiteral("foundWhereLabel"));
    m_whereLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keyLayout->addWidget(m_whereLabel);
    layout->addWidget(m_keyBox);

    m_noMatchLabel = wrappedLabel(content, QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_noMatchLabel);
    m_skippedLabel = wrappedLabel(content, QStringLiteral("skippedLabel"));
    m_skippedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_skippedLabel);
    layout->addStretch();
    // Everything starts hidden, before the scroll area first measures its content: less to lay out while the
    // wizard starts.
    clearDisplay();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("findResultScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    // The wizard shows no Back button on its last pages: this goes back to the places (and from there to the ID).
    m_searchAgainButton = new QPushButton(tr("&Search again (other places or another ID)"), this);
    m_searchAgainButton->setObjectName(QStringLiteral("searchAgainPushButton"));
    connect(m_searchAgainButton, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->back();
    });
    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(layout->contentsMargins().left(), 0, layout->contentsMargins().right(), 0);
    buttons->addWidget(m_searchAgainButton);
    buttons->addStretch();

    auto* pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_scroll, 1);
    pageLayout->addLayout(buttons);

    m_clipboard = new SecretClipboard(this);
    m_clipboard->setObjectName(QStringLiteral("secretClipboard"));
    connect(m_clipboard, &SecretClipboard::statusChanged, m_clipboardLabel, &QLabel::setText);

    connect(&m_session, &WizardSession::wiped, this, &FindResultPage::onWiped);
}

FindResultPage::~FindResultPage() = default;

int FindResultPage::nextId() const
{
    return -1;
}

bool FindResultPage::isSearching() const
{
    return m_watcher != nullptr;
}

bool FindResultPage::isComplete() const
{
    return !isSearching();
}

void FindResultPage::initializePage()
{
    setUpFonts();
    startSearch();
}

// The fixed-pitch fonts, and the list's height and the key's margin from their metrics: loading fonts is done
// when the page is first shown rather than while the wizard starts.
void FindResultPage::setUpFonts()
{
    if (m_fontsSetUp)
        return;
    m_fontsSetUp = true;
    m_moreDigitsEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_idsList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QFont keyFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    keyFont.setPointSizeF(QFontInfo(font()).pointSizeF() * 1.4); // the 55 characters fit on one line
    keyFont.setBold(true);
    keyFont.setFixedPitch(true);
    keyFont.setStyleHint(QFont::Monospace);
    m_keyLabel->setFont(keyFont);
    m_keyLabel->setMargin(m_keyLabel->fontMetrics().height() / 3);
}

void FindResultPage::cleanupPage()
{
    // Back: the search no longer counts, and the keys it found are forgotten.
    ++m_generation;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    clearDisplay();
    m_session.foundKeys.clear();
    QWizardPage::cleanupPage();
}

void FindResultPage::startSearch()
{
    clearDisplay();
    m_session.foundKeys.clear();
    const KeyIdPrefix::Parsed parsed = KeyIdPrefix::parse(field(QStringLiteral("keyIdPrefix")).toString());
    m_prefix = parsed.prefix;
    m_paths = field(QStringLiteral("searchPaths")).toStringList();
    if (!m_prefix) {
        m_summaryLabel->setText(parsed.error);
        m_summaryLabel->show();
        return;
    }
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    const int generation = ++m_generation;
    m_summaryLabel->setText(
        tr("Looking for the key whose ID starts with %1 in %n place(s)…", nullptr, static_cast<int>(m_paths.size()))
            .arg(m_prefix->hexDigits()));
    m_summaryLabel->show();
    m_progress->show();
    m_watcher = new QFutureWatcher<KeyFinder::Result>(this);
    connect(m_watcher, &QFutureWatcher<KeyFinder::Result>::finished, this, [this, generation] {
        if (generation == m_generation)
            searchDone();
    });
    // Folders can be large and sticks slow: the search runs on a worker thread.
    m_watcher->setFuture(
        QtConcurrent::run([finder = KeyFinder(*m_prefix), paths = m_paths] { return finder.search(paths); }));
    emit completeChanged();
}

void FindResultPage::searchDone()
{
    QFutureWatcher<KeyFinder::Result>* watcher = m_watcher;
    m_watcher = nullptr;
    {
        const KeyFinder::Result result = watcher->result();
        m_filesSearched = result.filesSearched;
        m_problems.clear();
        for (const KeyFinder::Skipped& skipped : result.skipped)
            m_problems.append(skipped.message);
        for (const QString& missing : result.missing)
            m_problems.append(tr("%1 is no longer there.").arg(QDir::toNativeSeparators(missing)));
        m_session.foundKeys = result.matches;
    }
    watcher->deleteLater(); // with it goes the future's copy of the keys
    m_progress->hide();
    {
        const QSignalBlocker blocker(m_moreDigitsEdit);
        m_moreDigitsEdit->setText(m_prefix->hexDigits());
    }
    showMatches();
    if (!m_problems.isEmpty()) {
        m_skippedLabel->setText(tr("%n file(s) or place(s) could not be searched; the key may be in one of them:",
                                   nullptr, static_cast<int>(m_problems.size()))
                                + QStringLiteral("\n• ") + m_problems.join(QStringLiteral("\n• ")));
        m_skippedLabel->show();
    }
    emit completeChanged();
    emit searchFinished();
}

void FindResultPage::showMatches()
{
    const QList<RecoveryKey>& keys = m_session.foundKeys;
    const QStringList allIds = distinctIds(keys);
    m_keyBox->hide();
    m_shownKey.reset();
    m_noMatchLabel->hide();
    if (allIds.isEmpty()) {
        m_ambiguousBox->hide();
        showNoMatch();
        return;
    }
    if (allIds.size() == 1) {
        m_ambiguousBox->hide();
        QList<const RecoveryKey*> same;
        for (const RecoveryKey& key : keys)
            same.append(&key);
        m_summaryLabel->setText(tr("Keyhaven found the recovery key."));
        showKey(same);
        return;
    }

    // Several keys: narrow them down with the characters typed on this page.
    m_ambiguousBox->show();
    m_ambiguousLabel->setText(tr("%n different keys have an ID starting with %1. Type more characters of the "
                                 "recovery key ID shown on the recovery screen, or choose the ID below.",
                                 nullptr, static_cast<int>(allIds.size()))
                                  .arg(m_prefix->hexDigits()));
    std::optional<KeyIdPrefix> narrow = m_prefix;
    const QString typed = m_moreDigitsEdit->text();
    m_moreDigitsProblemLabel->clear();
    if (!typed.trimmed().isEmpty()) {
        const KeyIdPrefix::Parsed parsed = KeyIdPrefix::parse(typed);
        if (parsed.prefix)
            narrow = parsed.prefix;
        else
            m_moreDigitsProblemLabel->setText(parsed.error);
    }
    QStringList fitting;
    for (const RecoveryKey& key : keys)
        if (key.id && key.id->matches(*narrow) && !fitting.contains(key.id->toString()))
            fitting.append(key.id->toString());
    m_idsList->clear();
    for (const QString& id : std::as_const(fitting)) {
        QStringList files;
        QStringList names;
        for (const RecoveryKey& key : keys) {
            const QString file = QDir::toNativeSeparators(key.source);
            if (key.id && key.id->toString() == id && !files.contains(file)) {
                files.append(file);
                names.append(QFileInfo(key.source).fileName());
            }
        }
        auto* item = new QListWidgetItem(
            id + QLatin1Char('\n')
                + tr("in %1", "the files a key ID was found in").arg(names.join(QStringLiteral(", "))),
            m_idsList);
        item->setData(Qt::UserRole, id);
        item->setToolTip(files.join(QLatin1Char('\n')));
    }
    fitListHeight();
    if (fitting.isEmpty()) {
        m_moreDigitsProblemLabel->setText(
            tr("None of the keys found has an ID starting with %1.").arg(narrow->hexDigits()));
        m_summaryLabel->setText(tr("Several keys fit; which one does the recovery screen ask for?"));
        return;
    }
    if (fitting.size() > 1) {
        m_summaryLabel->setText(tr("Several keys fit; which one does the recovery screen ask for?"));
        return;
    }
    QList<const RecoveryKey*> chosen;
    for (const RecoveryKey& key : keys)
        if (key.id && key.id->toString() == fitting.first())
            chosen.append(&key);
    m_summaryLabel->setText(tr("One key fits the characters you typed."));
    showKey(chosen);
}

// Tall enough for every ID that fits, up to MaxShownIds of them; more scroll.
void FindResultPage::fitListHeight()
{
    constexpr int MaxShownIds = 6;
    const int rows = std::clamp(m_idsList->count(), 2, MaxShownIds);
    const int rowHeight
        = m_idsList->count() > 0 ? m_idsList->sizeHintForRow(0) : 2 * m_idsList->fontMetrics().lineSpacing();
    m_idsList->setFixedHeight(rows * rowHeight + 2 * m_idsList->frameWidth());
}

QString FindResultPage::kindText(KeyKind kind) const
{
    switch (kind) {
    case KeyKind::BitLockerRecoveryPassword:
        return tr("BitLocker recovery key (48-digit)");
    case KeyKind::BitLockerExternalKey:
        return tr("BitLocker startup key file (.BEK)");
    case KeyKind::FileVaultPersonalRecoveryKey:
        return tr("FileVault personal recovery key");
    }
    return {};
}

void FindResultPage::showKey(const QList<const RecoveryKey*>& keys)
{
    const RecoveryKey& key = *keys.first();
    m_shownKey = static_cast<int>(&key - m_session.foundKeys.constData());
    m_kindLabel->setText(kindText(key.kind));
    const QString id = key.id ? key.id->toString() : QString();
    const QString shortId = key.id ? key.id->shortForm() : QString();
    m_idLabel->setText(tr("Recovery key ID: %1")
                           .toHtmlEscaped()
                           .arg(QStringLiteral("<tt><b>%1</b>%2</tt>").arg(shortId, id.mid(shortId.size()))));
    QString howTo;
    if (key.kind == KeyKind::BitLockerExternalKey) {
        m_keyLabel->hide();
        m_copyButton->hide();
        m_clipboardLabel->hide();
        howTo = tr("This key is a startup key file, not a key to type. Copy the file to a USB flash drive and start "
                   "the computer with the drive plugged in.");
    } else {
        QString text = key.secret.toQString();
        QString shown = groupedForDisplay(text);
        m_keyLabel->setText(shown);
        wipe(shown);
        wipe(text);
        m_keyLabel->show();
        m_copyButton->show();
        m_copyButton->setEnabled(true);
        m_clipboardLabel->show();
        howTo = tr("Type this key on the recovery screen. First check that the recovery key ID the screen shows "
                   "starts with %1.")
                    .arg(shortId);
    }
    // The same ID in several files should be the same key; say so when it is not.
    bool allSame = true;
    QStringList files;
    for (const RecoveryKey* each : keys) {
        allSame = allSame && each->secret == key.secret;
        const QString file = QDir::toNativeSeparators(each->source);
        if (!files.contains(file))
            files.append(file);
    }
    if (!allSame)
        howTo += QLatin1Char('\n')
            + tr("Careful: the files do not all hold the same key for this ID; the one shown is from %1.")
                  .arg(QDir::toNativeSeparators(key.source));
    m_howToLabel->setText(howTo);
    m_whereLabel->setText((files.size() == 1 ? tr("Found in this file:") : tr("Found in these files:"))
                          + QLatin1Char('\n') + files.join(QLatin1Char('\n')));
    m_keyBox->show();
    // Narrowed down below the list: bring the key into view.
    QMetaObject::invokeMethod(
        this, [this] { m_scroll->ensureWidgetVisible(m_keyBox); }, Qt::QueuedConnection);
}

void FindResultPage::showNoMatch()
{
    m_summaryLabel->setText(tr("No key with an ID starting with %1 was found.").arg(m_prefix->hexDigits()));
    QString text = tr("Keyhaven looked through %n file(s) in:", nullptr, m_filesSearched);
    for (const QString& path : std::as_const(m_paths))
        text += QStringLiteral("\n• ") + QDir::toNativeSeparators(path);
    text += QStringLiteral("\n\n")
        + tr("Other places to look: another USB flash drive, a printed recovery sheet, the account you saved the "
             "key to, your Microsoft account (aka.ms/myrecoverykey) or your work or school account. Check also "
             "that the recovery key ID is the one the recovery screen shows; “Search again” lets you change it or "
             "look in more places.");
    m_noMatchLabel->setText(text);
    m_noMatchLabel->show();
}

void FindResultPage::moreDigitsChanged()
{
    if (!isSearching() && m_prefix && !m_session.foundKeys.isEmpty())
        showMatches();
}

void FindResultPage::idActivated()
{
    if (const QListWidgetItem* item = m_idsList->currentItem())
        m_moreDigitsEdit->setText(item->data(Qt::UserRole).toString());
}

void FindResultPage::copyKey()
{
    if (!m_shownKey || *m_shownKey < 0 || *m_shownKey >= m_session.foundKeys.size())
        return;
    const RecoveryKey& key = m_session.foundKeys.at(*m_shownKey);
    if (key.kind != KeyKind::BitLockerExternalKey)
        m_clipboard->copy(key.secret);
}

void FindResultPage::clearDisplay()
{
    m_shownKey.reset();
    m_progress->hide();
    m_summaryLabel->clear();
    m_ambiguousBox->hide();
    m_ambiguousLabel->clear();
    m_moreDigitsProblemLabel->clear();
    m_idsList->clear();
    m_keyBox->hide();
    m_keyLabel->clear();
    m_idLabel->clear();
    m_kindLabel->clear();
    m_whereLabel->clear();
    m_howToLabel->clear();
    m_noMatchLabel->clear();
    m_noMatchLabel->hide();
    m_skippedLabel->clear();
    m_skippedLabel->hide();
    m_problems.clear();
    m_filesSearched = 0;
}

void FindResultPage::onWiped()
{
    ++m_generation;
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_clipboard->wipe();
    m_clipboardLabel->clear();
    clearDisplay();
    m_moreDigitsEdit->clear();
}

} // namespace keyhaven
