// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolumeReader.h"

#include "MetadataHelper.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace keyhaven {

VolumeReader::Opened VolumeReader::open(const QString& path)
{
    Opened opened;
#if !defined(Q_OS_UNIX)
    auto plain = std::make_unique<QFile>(path);
    if (!plain->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        opened.problem = VolumeProblem { path, VolumeProblem::Kind::IoError,
                                         tr("Could not open %1: %2").arg(path, plain->errorString()) };
        return opened;
    }
    opened.device = std::move(plain);
    return opened;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if ((error == EACCES || error == EPERM) && MetadataHelper::usableFor(path)) {
            VolumeProblem problem;
            opened.device = MetadataHelper::open(path, &problem);
            opened.throughHelper = opened.device != nullptr;
            if (!opened.device)
                opened.problem = problem;
            return opened;
        }
        const auto kind = error == EACCES || error == EPERM ? VolumeProblem::Kind::PermissionDenied
            : error == ENOENT                               ? VolumeProblem::Kind::NotFound
                                                            : VolumeProblem::Kind::IoError;
        opened.problem = VolumeProblem { path, kind,
                                         tr("Could not open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))) };
        return opened;
    }
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        opened.problem = VolumeProblem { path, VolumeProblem::Kind::IoError,
                                         tr("Could not open %1: %2").arg(path, file->errorString()) };
        return opened;
    }
    opened.device = std::move(file);
    return opened;
#endif
}

} // namespace keyhaven
