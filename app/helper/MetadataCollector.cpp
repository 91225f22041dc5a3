// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetadataCollector.h"

#include "volumes/BitLockerMetadata.h"
#include "volumes/CoreStorage.h"
#include "volumes/DeviceRegions.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keyhaven::helper {

namespace {

HelperAnswer refused(const char* reason)
{
    HelperAnswer answer;
    answer.status = HelperAnswer::Status::Refused;
    answer.reason = QString::fromLatin1(reason);
    return answer;
}

HelperAnswer bitLocker(QFile& file, const QString& path)
{
    using Status = BitLockerMetadataReader::Result::Status;
    RecordingDevice recorder(file);
    const BitLockerMetadataReader::Result read = BitLockerMetadataReader::read(recorder, path);
    switch (read.status) {
    case Status::Ok: {
        HelperAnswer answer;
        answer.status = HelperAnswer::Status::BitLocker;
        answer.regions = recorder.regions();
        return answer;
    }
    case Status::NotBitLocker:
        return refused("not-bitlocker-or-corestorage");
    case Status::Unsupported:
        return refused("unsupported");
    case Status::Damaged:
        return refused("damaged");
    case Status::ReadError:
        break;
    }
    return refused("unreadable");
}

HelperAnswer coreStorage(QFile& file, const QString& path)
{
    using Status = CoreStorageReader::Result::Status;
    RecordingDevice recorder(file);
    const CoreStorageReader::Result read = CoreStorageReader::read(recorder, path);
    switch (read.status) {
    case Status::Ok: {
        HelperAnswer answer;
        answer.status = HelperAnswer::Status::CoreStorage;
        answer.regions = recorder.regions();
        return answer;
    }
    case Status::NotCoreStorage:
        return refused("not-bitlocker-or-corestorage");
    case Status::Damaged:
        return refused("damaged");
    case Status::ReadError:
        break;
    }
    return refused("unreadable");
}

} // namespace

HelperAnswer collectMetadata(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return refused("not-a-block-device");
    // Nothing but a block device is opened (opening some character devices has effects, a FIFO could block);
    // the type is checked again on the opened descriptor, so that the path cannot be swapped in between.
    const QByteArray encoded = QFile::encodeName(path);
    struct stat before = {};
    if (::stat(encoded.constData(), &before) != 0)
        return refused(errno == ENOENT ? "not-found" : "unreadable");
    if (!S_ISBLK(before.st_mode))
        return refused("not-a-block-device");
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return refused(errno == ENOENT ? "not-found" : "unreadable");
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISBLK(info.st_mode) || info.st_rdev != before.st_rdev) {
        ::close(fd);
        return refused("not-a-block-device");
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refused("unreadable");
    }
    const HelperAnswer answer = bitLocker(file, path);
    if (answer.status != HelperAnswer::Status::Refused || answer.reason != QLatin1String("not-bitlocker-or-corestorage"))
        return answer;
    return coreStorage(file, path);
}

} // namespace keyhaven::helper
