// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowsVolumeQuery.h"

#include "PathLocator.h"

#include <QDir>

#include <windows.h>
#include <winioctl.h>

#include <vector>

namespace keyhaven {

namespace {

std::wstring wide(const QString& text)
{
    return text.toStdWString();
}

QString fromWide(const wchar_t* text)
{
    return QString::fromWCharArray(text);
}

// Closes a Win32 handle when it goes out of scope.
class Handle
{
public:
    explicit Handle(HANDLE handle)
        : m_handle(handle)
    {
    }
    ~Handle()
    {
        if (valid())
            ::CloseHandle(m_handle);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    bool valid() const { return m_handle != INVALID_HANDLE_VALUE && m_handle != nullptr; }
    HANDLE get() const { return m_handle; }

private:
    HANDLE m_handle;
};

class SystemWindowsVolumeQuery : public WindowsVolumeQuery
{
public:
    QString existingFolder(const QString& path) const override
    {
        return QDir::toNativeSeparators(nearestExistingFolder(path));
    }

    QString volumePathName(const QString& path) const override
    {
        const std::wstring native = wide(QDir::toNativeSeparators(path));
        // A mount point is never longer than the path it holds (plus its backslash).
        std::vector<wchar_t> buffer(native.size() + 2 + MAX_PATH, L'\0');
        if (!::GetVolumePathNameW(native.c_str(), buffer.data(), DWORD(buffer.size())))
            return {};
        return fromWide(buffer.data());
    }

    QString volumeName(const QString& mountPoint) const override
    {
        wchar_t buffer[MAX_PATH + 1] = {};
        if (!::GetVolumeNameForVolumeMountPointW(wide(mountPoint).c_str(), buffer, MAX_PATH + 1))
            return {};
        return fromWide(buffer);
    }

    DriveType driveType(const QString& mountPoint) const override
    {
        const UINT type = ::GetDriveTypeW(wide(mountPoint).c_str());
        return type <= DRIVE_RAMDISK ? DriveType(type) : DriveType::Unknown;
    }

    std::optional<bool> onExternalBus(const QString& volumeName) const override
    {
        // \\?\Volume{GUID}\ names the volume's root folder; without the backslash, the volume device. Opening
        // it with no access rights is enough to ask about its disk, and needs no administrator.
        QString device = volumeName;
        if (device.endsWith(QLatin1Char('\\')))
            device.chop(1);
        const Handle volume(::CreateFileW(wide(device).c_str(), 0, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                          OPEN_EXISTING, 0, nullptr));
        if (!volume.valid())
            return std::nullopt;
        STORAGE_PROPERTY_QUERY query{};
        query.PropertyId = StorageDeviceProperty;
        query.QueryType = PropertyStandardQuery;
        STORAGE_DEVICE_DESCRIPTOR descriptor{};
        DWORD returned = 0;
        if (!::DeviceIoControl(volume.get(), IOCTL_STORAGE_QUERY_PROPERTY, &query, sizeof query, &descriptor,
                               sizeof descriptor, &returned, nullptr)
            || returned < offsetof(STORAGE_DEVICE_DESCRIPTOR, BusType) + sizeof descriptor.BusType)
            return std::nullopt;
        return descriptor.BusType == BusTypeUsb || descriptor.BusType == BusTypeSd
            || descriptor.BusType == BusTypeMmc || descriptor.BusType == BusType1394;
    }
};

} // namespace

std::shared_ptr<const WindowsVolumeQuery> systemWindowsVolumeQuery()
{
    return std::make_shared<SystemWindowsVolumeQuery>();
}

} // namespace keyhaven
