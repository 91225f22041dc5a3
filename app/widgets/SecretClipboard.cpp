// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <cstring>

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QUtiMimeConverter>
#endif

namespace keyhaven {

namespace {

QString plainText()
{
    return QStringLiteral("text/plain");
}

#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
QString concealedMime()
{
    return QStringLiteral("application/x-nspasteboard-concealed-type");
}

// Qt names unknown types "com.trolltech.anymime.…" on the pasteboard; this gives ours the name that
// clipboard managers look for (nspasteboard.org).
class ConcealedTypeConverter : public QUtiMimeConverter
{
public:
    bool canConvert(const QString& mime, const QString& uti) const override
    {
        return mime == concealedMime() && uti == utiForMime(mime);
    }
    QString mimeForUti(const QString& uti) const override
    {
        return uti == QLatin1String("org.nspasteboard.ConcealedType") ? concealedMime() : QString();
    }
    QString utiForMime(const QString& mime) const override
    {
        return mime == concealedMime() ? QStringLiteral("org.nspasteboard.ConcealedType") : QString();
    }
    QVariant convertToMime(const QString&, const QList<QByteArray>& data, const QString&) const override
    {
        return data.isEmpty() ? QVariant() : QVariant(data.first());
    }
    QList<QByteArray> convertFromMime(const QString&, const QVariant& data, const QString&) const override
    {
        return { data.toByteArray() };
    }
};
#endif

#if defined(Q_OS_WIN)
// A registered Windows clipboard format of that name, holding a DWORD. Qt registers a format that is no MIME type
// under its own name. (Qt 6.4 reads "application/x-qt-windows-mime;value=" formats, but writes them under that
// whole string, which no clipboard history looks for: test_windows showed it under Wine.)
void setWindowsFormat(QMimeData& mime, QLatin1String format, quint32 value)
{
    QByteArray dword(4, '\0');
    std::memcpy(dword.data(), &value, sizeof value); // little-endian, as Windows reads it
    mime.setData(format, dword);
}
#endif

} // namespace

SecretClipboard::SecretClipboard(QObject* parent)
    : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    connect(&m_clearTimer, &QTimer::timeout, this, &SecretClipboard::timeUp);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &SecretClipboard::tick);
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &SecretClipboard::clipboardChanged);
}

SecretClipboard::~SecretClipboard()
{
    // No signals from here on: the receivers may be going too.
    if (isActive())
        clearIfOurs();
    m_copied.clear();
}

void SecretClipboard::setClearAfter(int milliseconds)
{
    m_clearAfterMs = qMax(1, milliseconds);
}

void SecretClipboard::markConcealed(QMimeData& mime)
{
    // KDE (Klipper), and the Linux clipboard managers that follow it, leave such data out of their history.
    mime.setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#if defined(Q_OS_WIN)
    // Windows 10 1809 and later: not for clipboard viewers, not in Win+V history, not to the cloud clipboard.
    setWindowsFormat(mime, QLatin1String("ExcludeClipboardContentFromMonitorProcessing"), 1);
    setWindowsFormat(mime, QLatin1String("CanIncludeInClipboardHistory"), 0);
    setWindowsFormat(mime, QLatin1String("CanUploadToCloudClipboard"), 0);
#endif
#if defined(Q_OS_MACOS) && QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    static const auto* converter = new ConcealedTypeConverter; // registers itself; lives as long as the process
    Q_UNUSED(converter);
    mime.setData(concealedMime(), QByteArrayLiteral("secret"));
#endif
}

void SecretClipboard::copy(const SecureBytes& secret)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || secret.isEmpty())
        return;
    auto* mime = new QMimeData;
    // Bytes rather than a QString: one copy less of the key in memory. The clipboard owns this copy.
    mime->setData(plainText(),
                  QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size())));
    markConcealed(*mime);
    m_copied = secret;
    m_settingClipboard = true;
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_settingClipboard = false;
    m_since.start();
    m_clearTimer.start(m_clearAfterMs);
    m_tickTimer.start();
    tick();
}

int SecretClipboard::secondsLeft() const
{
    if (!isActive())
        return 0;
    const qint64 left = qMax<qint64>(0, m_clearAfterMs - m_since.elapsed());
    return static_cast<int>((left + 999) / 1000);
}

void SecretClipboard::tick()
{
    if (!isActive())
        return;
    m_status = tr("Copied — the clipboard is cleared in %n s.", nullptr, qMax(1, secondsLeft()));
    emit statusChanged(m_status);
}

void SecretClipboard::timeUp()
{
    if (!isActive())
        return;
    const bool ours = clipboardHoldsOurs();
    if (ours)
        clearClipboard();
    forget(ours ? tr("The clipboard was cleared.")
                : tr("Something else was copied; the key is no longer on the clipboard."));
}

void SecretClipboard::clipboardChanged()
{
    if (m_settingClipboard || !isActive() || clipboardHoldsOurs())
        return;
    forget(tr("Something else was copied; the key is no longer on the clipboard."));
}

bool SecretClipboard::clipboardHoldsOurs() const
{
    const QClipboard* clipboard = QGuiApplication::clipboard();
    const QMimeData* data = clipboard ? clipboard->mimeData(QClipboard::Clipboard) : nullptr;
    if (!data || m_copied.isEmpty() || !data->hasFormat(plainText()))
        return false;
    QByteArray now = data->data(plainText());
    const bool same = static_cast<std::size_t>(now.size()) == m_copied.size()
        && std::memcmp(now.constData(), m_copied.data(), m_copied.size()) == 0;
    keyhaven::wipe(now);
    return same;
}

void SecretClipboard::clearIfOurs()
{
    if (clipboardHoldsOurs())
        clearClipboard();
}

void SecretClipboard::clearClipboard()
{
    m_settingClipboard = true; // our own change: not "something else was copied"
    QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    m_settingClipboard = false;
}

void SecretClipboard::wipe()
{
    if (!isActive())
        return;
    clearIfOurs();
    forget(QString());
}

void SecretClipboard::forget(const QString& status)
{
    m_clearTimer.stop();
    m_tickTimer.stop();
    m_copied.clear();
    m_status = status;
    emit statusChanged(m_status);
}

} // namespace keyhaven
