// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryKeyEdit.h"

#include "KeyGroupIndicators.h"
#include "SecretFieldGuard.h"

#include "keys/KeyGrouping.h"
#include "keys/PersonalRecoveryKey.h"
#include "keys/RecoveryPassword.h"
#include "keys/TypedText.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QValidator>
#include <QVBoxLayout>

#include <algorithm>

namespace keyhaven {

namespace {

constexpr int MaximumKeyLength = 160; // far more than any key with generous separators

bool isFileVault(KeyKind kind)
{
    return kind == KeyKind::FileVaultPersonalRecoveryKey;
}

int groupCountOf(KeyKind kind)
{
    return isFileVault(kind) ? PersonalRecoveryKey::GroupCount : RecoveryPassword::GroupCount;
}

int groupLengthOf(KeyKind kind)
{
    return isFileVault(kind) ? PersonalRecoveryKey::GroupLength : RecoveryPassword::GroupLength;
}

// The core's verdict on the whole text. The parsed key itself is dropped (its SecureBytes wipe themselves).
struct WholeCheck
{
    bool ok = false;
    KeyProblems problems;
};

WholeCheck checkWhole(KeyKind kind, QStringView text)
{
    if (isFileVault(kind)) {
        const PersonalRecoveryKey::Parsed parsed = PersonalRecoveryKey::parse(text);
        return { parsed.key.has_value(), parsed.problems };
    }
    const RecoveryPassword::Parsed parsed = RecoveryPassword::parse(text);
    return { parsed.password.has_value(), parsed.problems };
}

bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

bool belongsInKey(KeyKind kind, QChar c)
{
    if (c.unicode() >= 0x80)
        return false;
    return isFileVault(kind) ? c.isLetterOrNumber() : c.isDigit();
}

// One group as typed so far.
struct Chunk
{
    QString text;
    bool closed = false; // a separator (or the next group) follows it
};

// The groups typed so far: by the separators the person typed, or, when they typed none, every six digits
// (four characters). Folded like the core folds (full-width, dash look-alikes). Wipe the result with wipeChunks.
QList<Chunk> splitTyped(KeyKind kind, QStringView typed)
{
    QString folded = foldTypedText(typed);
    QList<Chunk> chunks;
    Chunk current;
    current.text.reserve(folded.size()); // no reallocation leaves a copy behind
    int separators = 0;
    for (QChar c : std::as_const(folded)) {
        if (isSeparator(c)) {
            ++separators;
            if (!current.text.isEmpty()) {
                current.closed = true;
                chunks.append(std::exchange(current, Chunk()));
                current.text.reserve(folded.size());
            }
            continue;
        }
        current.text.append(isFileVault(kind) ? c.toUpper() : c);
    }
    wipe(folded);
    if (!current.text.isEmpty())
        chunks.append(std::exchange(current, Chunk()));

    const int length = groupLengthOf(kind);
    const bool typedWithoutSeparators = chunks.size() == 1 && (separators == 0 || chunks.first().closed);
    if (typedWithoutSeparators && chunks.first().text.size() > length) {
        Chunk all = chunks.takeFirst();
        for (qsizetype start = 0; start < all.text.size(); start += length) {
            Chunk piece;
            piece.text = all.text.mid(start, length);
            piece.closed = piece.text.size() == length || all.closed;
            chunks.append(std::move(piece));
        }
        wipe(all.text);
    }
    return chunks;
}

void wipeChunks(QList<Chunk>& chunks)
{
    for (Chunk& chunk : chunks)
        wipe(chunk.text);
    chunks.clear();
}

// What the core says about one group as typed: errors when it cannot be that group, warnings worth a look.
KeyProblems checkGroup(KeyKind kind, int number, QStringView group)
{
    if (isFileVault(kind))
        return PersonalRecoveryKey::checkGroup(number, group);
    if (const std::optional<KeyProblem> problem = RecoveryPassword::checkGroup(number, group))
        return { *problem };
    return {};
}

// Puts the dashes in as people type or paste (core/keys/KeyGrouping), keeping the caret after the same character.
// QLineEdit runs it on every change, before textChanged, and takes its text and caret in one step.
class KeyGroupingValidator : public QValidator
{
public:
    KeyGroupingValidator(const KeyKind& kind, QObject* parent)
        : QValidator(parent)
        , m_kind(kind)
    {
    }

    State validate(QString& input, int& position) const override
    {
        std::optional<GroupedKeyText> grouped = groupKeyText(input, position, groupLengthOf(m_kind),
                                                                    groupCountOf(m_kind), isFileVault(m_kind));
        if (grouped && grouped->text != input) {
            input = std::exchange(grouped->text, QString()); // input's old buffer is the line edit's own
            position = grouped->caret;
        } else if (grouped) {
            wipe(grouped->text);
        }
        return Acceptable;
    }

private:
    const KeyKind& m_kind;
};

QString joinMessages(const KeyProblems& problems)
{
    QStringList messages;
    for (const KeyProblem& problem : problems)
        if (!messages.contains(problem.message))
            messages.append(problem.message);
    return messages.join(QLatin1Char('\n'));
}

} // namespace

RecoveryKeyEdit::RecoveryKeyEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_indicators(new KeyGroupIndicators(this))
    , m_iconLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_feedback(new QWidget(this))
{
    setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_edit->setObjectName(QStringLiteral("recoveryKeyLineEdit"));
    m_indicators->setObjectName(QStringLiteral("recoveryKeyGroupIndicators"));
    m_messageLabel->setObjectName(QStringLiteral("recoveryKeyMessageLabel"));
    m_iconLabel->setObjectName(QStringLiteral("recoveryKeyIconLabel"));

    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (mono.pointSizeF() > 0)
        mono.setPointSizeF(std::max(mono.pointSizeF(), font().pointSizeF()) * 1.15);
    m_edit->setFont(mono);
    m_edit->setMaxLength(MaximumKeyLength);
    // No clear button: it would empty the field without wiping it, and leave the text in the undo history.
    // No suggestions, no spell checking, no input history: this is a secret.
    m_edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_edit->setContextMenuPolicy(Qt::NoContextMenu);
    m_edit->setValidator(new KeyGroupingValidator(m_kind, m_edit));
    SecretFieldGuard::install(m_edit); // no Ctrl+C/Ctrl+X, no dragging out, no X11 PRIMARY selection
    setFocusProxy(m_edit);

    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    m_iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* messageRow = new QHBoxLayout;
    messageRow->setContentsMargins(0, 0, 0, 0);
    messageRow->addWidget(m_iconLabel, 0, Qt::AlignTop);
    messageRow->addWidget(m_messageLabel, 1);

    auto* feedbackLayout = new QVBoxLayout(m_feedback);
    feedbackLayout->setContentsMargins(0, 0, 0, 0);
    feedbackLayout->addWidget(m_indicators); // as wide as the field: each box under its group
    feedbackLayout->addLayout(messageRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_feedback);

    m_indicators->alignWith(m_edit, groupLengthOf(m_kind));
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        recheck();
        emit changed();
    });
    updateTexts();
    recheck();
}

RecoveryKeyEdit::~RecoveryKeyEdit()
{
    wipeLineEdit(m_edit);
}

void RecoveryKeyEdit::setKind(KeyKind kind)
{
    if (kind == KeyKind::BitLockerExternalKey)
        kind = KeyKind::BitLockerRecoveryPassword;
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_indicators->alignWith(m_edit, groupLengthOf(m_kind));
    updateTexts();
    recheck();
    emit changed();
}

bool RecoveryKeyEdit::isEmpty() const
{
    return isBlank(m_edit->text());
}

SecureBytes RecoveryKeyEdit::canonicalKey() const
{
    // text() shares the line edit's own buffer: no copy is made here, and none must be wiped.
    const QString text = m_edit->text();
    if (isFileVault(m_kind)) {
        PersonalRecoveryKey::Parsed parsed = PersonalRecoveryKey::parse(text);
        return parsed.key ? parsed.key->canonical() : SecureBytes();
    }
    RecoveryPassword::Parsed parsed = RecoveryPassword::parse(text);
    return parsed.password ? parsed.password->canonical() : SecureBytes();
}

int RecoveryKeyEdit::groupCount() const
{
    return groupCountOf(m_kind);
}

QString RecoveryKeyEdit::feedbackText() const
{
    return m_message;
}

void RecoveryKeyEdit::setKey(const SecureBytes& key)
{
    wipeLineEdit(m_edit);
    QString text = key.toQString();
    m_edit->setText(text);
    wipe(text); // detaches: the line edit keeps the only copy
}

void RecoveryKeyEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

bool RecoveryKeyEdit::isReadOnly() const
{
    return m_edit->isReadOnly();
}

void RecoveryKeyEdit::setFeedbackVisible(bool visible)
{
    m_feedback->setVisible(visible);
}

void RecoveryKeyEdit::setKeyAccessibleName(const QString& name)
{
    m_accessibleName = name;
    updateTexts();
}

void RecoveryKeyEdit::wipeLineEdit(QLineEdit* edit)
{
    QString text = edit->text(); // shares the line edit's buffer (and its text layout's)
    if (!text.isEmpty()) {
        // Overwrite the shared buffer itself; wipe(QString&) would detach and overwrite only a copy.
        wipe(const_cast<QChar*>(text.constData()), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text = QString();
    // setText (unlike clear()) also forgets the undo history.
    edit->setText(QString());
}

void RecoveryKeyEdit::clear()
{
    wipeLineEdit(m_edit);
}

void RecoveryKeyEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
        recheck();
    } else if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        showFeedback();
    }
    QWidget::changeEvent(event);
}

// The placeholder is the key's shape alone, where its groups will be: the group boxes sit under its groups, it fits
// the field in every language, and the message under the field says in words what to type (48 digits, 24
// characters).
void RecoveryKeyEdit::updateTexts()
{
    if (isFileVault(m_kind)) {
        m_edit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
        m_edit->setAccessibleName(m_accessibleName.isEmpty() ? tr("FileVault personal recovery key")
                                                             : m_accessibleName);
    } else {
        m_edit->setPlaceholderText(QStringLiteral("000000-000000-000000-000000-000000-000000-000000-000000"));
        m_edit->setAccessibleName(m_accessibleName.isEmpty() ? tr("BitLocker recovery key") : m_accessibleName);
    }
    setAccessibleName(m_edit->accessibleName());
    m_indicators->setAccessibleName(tr("Groups of the key"));
}

// Works out, from the text, how far each group is and what to say. Keeps no copy of the text.
void RecoveryKeyEdit::recheck()
{
    const int count = groupCount();
    const int length = groupLengthOf(m_kind);
    m_states = QList<GroupState>(count, GroupState::Empty);
    m_fill = QList<qreal>(count, 0.0);
    m_problems.clear();
    m_message.clear();
    m_acceptable = false;
    m_tone = Tone::Hint;

    const QString text = m_edit->text(); // shares the line edit's buffer
    const WholeCheck whole = checkWhole(m_kind, text);

    if (isBlank(text)) {
        m_problems = whole.problems;
        m_message = isFileVault(m_kind)
            ? tr("Type the 24 characters of the key. Each group is checked as soon as it is complete.")
            : tr("Type the 48 digits of the key. Each group is checked as soon as it is complete.");
        showFeedback();
        return;
    }

    if (whole.ok) {
        m_acceptable = true;
        m_problems = whole.problems;
        m_states.fill(GroupState::Complete);
        m_fill.fill(1.0);
        for (const KeyProblem& problem : std::as_const(whole.problems))
            if (problem.group > 0 && problem.group <= count)
                m_states[problem.group - 1] = GroupState::Warning;
        if (whole.problems.isEmpty()) {
            m_tone = Tone::Good;
            m_message = tr("All %n groups are complete and well formed.", nullptr, count);
        } else {
            m_tone = Tone::Warning;
            m_message = joinMessages(whole.problems);
        }
        showFeedback();
        return;
    }

    // Not a key yet: each group typed so far goes to the core's per-group check, except the one still being typed
    // (unless it holds a character that does not belong).
    QList<Chunk> chunks = splitTyped(m_kind, text);
    KeyProblems live;
    KeyProblems warnings;
    bool anyPartial = false;
    for (int g = 0; g < std::min<int>(count, static_cast<int>(chunks.size())); ++g) {
        const Chunk& chunk = chunks.at(g);
        m_fill[g] = std::min<qreal>(1.0, qreal(chunk.text.size()) / length);
        const KeyProblems problems = checkGroup(m_kind, g + 1, chunk.text);
        const bool typing = !chunk.closed && chunk.text.size() < length;
        const bool foreign
            = std::any_of(chunk.text.begin(), chunk.text.end(), [this](QChar c) { return !belongsInKey(m_kind, c); });
        if (typing && !foreign) {
            m_states[g] = GroupState::Partial;
            anyPartial = true;
        } else if (hasErrors(problems)) {
            m_states[g] = GroupState::Wrong;
            for (const KeyProblem& problem : problems)
                if (problem.severity == KeyProblem::Severity::Error)
                    live.append(problem);
        } else if (!problems.isEmpty()) {
            m_states[g] = GroupState::Warning;
            warnings += problems;
        } else {
            m_states[g] = GroupState::Complete;
        }
    }
    const qsizetype typedGroups = chunks.size();
    wipeChunks(chunks);

    if (!live.isEmpty()) {
        m_problems = live + warnings;
        m_tone = Tone::Error;
        m_message = joinMessages(live);
    } else if (typedGroups > count || (typedGroups == count && !anyPartial)) {
        // Too many groups, or every group fine and still not a key: the core says what is wrong with the whole.
        m_problems = whole.problems;
        m_tone = Tone::Error;
        m_message = joinMessages(whole.problems);
    } else {
        m_problems = whole.problems + warnings;
        const int done = static_cast<int>(std::count(m_states.begin(), m_states.end(), GroupState::Complete)
                                          + std::count(m_states.begin(), m_states.end(), GroupState::Warning));
        const QString progress
            = tr("%1 of %n groups complete; each group is checked as soon as it is complete.", nullptr, count)
                  .arg(done);
        m_tone = warnings.isEmpty() ? Tone::Hint : Tone::Warning;
        m_message = warnings.isEmpty() ? progress : joinMessages(warnings) + QLatin1Char('\n') + progress;
    }
    showFeedback();
}

void RecoveryKeyEdit::showFeedback()
{
    m_indicators->setStates(m_states, m_fill);
    m_messageLabel->setText(m_message);
    m_edit->setAccessibleDescription(m_message);

    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (m_tone) {
    case Tone::Hint:
        break;
    case Tone::Good:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case Tone::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Tone::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QIcon standard = icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon, nullptr, this);
    if (standard.isNull()) {
        m_iconLabel->clear();
        m_iconLabel->hide();
    } else {
        m_iconLabel->setPixmap(standard.pixmap(QSize(size, size), devicePixelRatioF()));
        m_iconLabel->show();
    }
}

} // namespace keyhaven
