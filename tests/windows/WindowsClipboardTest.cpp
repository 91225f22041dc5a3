// SPDX-License-Identifier: GPL-3.0-or-later
// The key on the real Windows clipboard (Qt's windows platform plugin; under Wine on Xvfb in
// packaging/windows/build.sh): the formats that keep it out of clipboard history, clipboard viewers and the
// cloud clipboard are there, read back with the Win32 clipboard functions, and the countdown clears it.
#include "SecretClipboard.h"

#include "support/catch.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <windows.h>

#include <cstring>
#include <optional>
#include <string>

using namespace keyhaven;

namespace {

const char* const TestKey = "466895-217492-569250-069608-104434-135707-527241-083622"; // opens nothing

// Opens the clipboard for reading while it lives; another program (or Qt's OLE) may hold it for a moment.
class OpenedClipboard
{
public:
    OpenedClipboard()
    {
        for (int attempt = 0; attempt < 50 && !m_open; ++attempt) {
            m_open = ::OpenClipboard(nullptr) != 0;
            if (!m_open)
                ::Sleep(20);
        }
    }
    ~OpenedClipboard()
    {
        if (m_open)
            ::CloseClipboard();
    }
    OpenedClipboard(const OpenedClipboard&) = delete;
    OpenedClipboard& operator=(const OpenedClipboard&) = delete;
    bool isOpen() const { return m_open; }

private:
    bool m_open = false;
};

// The DWORD held by the registered clipboard format `name`, when there is one.
std::optional<DWORD> dwordFormat(const wchar_t* name)
{
    const UINT format = ::RegisterClipboardFormatW(name);
    if (!format || !::IsClipboardFormatAvailable(format))
        return std::nullopt;
    HANDLE data = ::GetClipboardData(format);
    if (!data || ::GlobalSize(data) < sizeof(DWORD))
        return std::nullopt;
    DWORD value = 0;
    const void* bytes = ::GlobalLock(data);
    if (!bytes)
        return std::nullopt;
    std::memcpy(&value, bytes, sizeof value);
    ::GlobalUnlock(data);
    return value;
}

// The names of the formats on the clipboard, for the failure message.
std::string formatNames()
{
    std::string names;
    for (UINT format = ::EnumClipboardFormats(0); format; format = ::EnumClipboardFormats(format)) {
        wchar_t name[256] = {};
        const int length = ::GetClipboardFormatNameW(format, name, 255);
        names += (length > 0 ? QString::fromWCharArray(name, length) : QString::number(format)).toStdString() + ' ';
    }
    return names;
}

std::wstring clipboardText()
{
    HANDLE data = ::GetClipboardData(CF_UNICODETEXT);
    if (!data)
        return {};
    const auto* text = static_cast<const wchar_t*>(::GlobalLock(data));
    std::wstring copy = text ? std::wstring(text) : std::wstring();
    ::GlobalUnlock(data);
    return copy;
}

void processEventsFor(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

} // namespace

TEST_CASE("Windows clipboard: the key goes there with the formats that keep it out of history and the cloud",
          "[windows][clipboard]")
{
    REQUIRE(QGuiApplication::platformName() == QStringLiteral("windows"));
    SecretClipboard clipboard;
    clipboard.setClearAfter(1500);
    clipboard.copy(SecureBytes::fromUtf8(QString::fromLatin1(TestKey)));
    REQUIRE(clipboard.isActive());
    processEventsFor(200);
    {
        const OpenedClipboard opened;
        REQUIRE(opened.isOpen());
        CHECK(clipboardText() == QString::fromLatin1(TestKey).toStdWString());
        INFO("formats on the clipboard: " << formatNames());
        const std::optional<DWORD> exclude = dwordFormat(L"ExcludeClipboardContentFromMonitorProcessing");
        const std::optional<DWORD> history = dwordFormat(L"CanIncludeInClipboardHistory");
        const std::optional<DWORD> cloud = dwordFormat(L"CanUploadToCloudClipboard");
        REQUIRE(exclude);
        REQUIRE(history);
        REQUIRE(cloud);
        CHECK(*history == 0);
        CHECK(*cloud == 0);
    }
    // The countdown clears it: nothing of the key is left on the clipboard.
    processEventsFor(2500);
    CHECK_FALSE(clipboard.isActive());
    const OpenedClipboard opened;
    REQUIRE(opened.isOpen());
    CHECK(clipboardText().find(L"466895") == std::wstring::npos);
}
