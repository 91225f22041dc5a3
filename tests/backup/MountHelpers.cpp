// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountHelpers.h"

#include "support/Process.h"

#include <QDir>
#include <QFile>

namespace keyhaven::test {

namespace {

QString failure(const ProcessResult& result)
{
    return result.exitCode == 0 ? QString()
                                : result.errText().trimmed() + QStringLiteral(" (exit %1)").arg(result.exitCode);
}

} // namespace

TmpfsMount::TmpfsMount(const QString& mountPoint, const QString& options)
    : m_mountPoint(mountPoint)
{
    QDir().mkpath(mountPoint);
    const ProcessResult result = run(QStringLiteral("mount"),
                                     { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), options,
                                       QStringLiteral("tmpfs"), mountPoint });
    m_mounted = result.exitCode == 0;
    m_error = failure(result);
}

TmpfsMount::~TmpfsMount()
{
    if (m_mounted)
        run(QStringLiteral("umount"), { QStringLiteral("-l"), m_mountPoint });
}

bool TmpfsMount::remountReadOnly()
{
    return run(QStringLiteral("mount"), { QStringLiteral("-o"), QStringLiteral("remount,ro"), m_mountPoint }).exitCode
        == 0;
}

void fillFileSystem(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return;
    const QByteArray block(512, 'x');
    while (file.write(block) == block.size()) { }
    // Then byte by byte, so that not even a small file fits.
    while (file.write("x", 1) == 1) { }
}

FatImage::FatImage(const QString& image, const QString& mountPoint, const QString& label)
    : m_image(image)
    , m_mountPoint(mountPoint)
{
    QDir().mkpath(mountPoint);
    QFile file(image);
    if (!file.open(QIODevice::WriteOnly) || !file.resize(8 * 1024 * 1024)) {
        m_error = QStringLiteral("could not create the image file");
        return;
    }
    file.close();
    const ProcessResult mkfs = run(QStringLiteral("mkfs.vfat"), { QStringLiteral("-n"), label, image });
    if (mkfs.exitCode != 0) {
        m_error = QStringLiteral("mkfs.vfat (dosfstools): ") + failure(mkfs);
        return;
    }
    const ProcessResult fuse
        = run(QStringLiteral("fusefat"), { QStringLiteral("-o"), QStringLiteral("rw+"), image, mountPoint });
    if (fuse.exitCode == 0) {
        m_how = QStringLiteral("fusefat");
        return;
    }
    const ProcessResult loop = run(QStringLiteral("mount"),
                                   { QStringLiteral("-o"), QStringLiteral("loop"), QStringLiteral("-t"),
                                     QStringLiteral("vfat"), image, mountPoint });
    if (loop.exitCode == 0) {
        m_how = QStringLiteral("loop");
        return;
    }
    m_error = QStringLiteral("fusefat: %1; mount -o loop: %2").arg(failure(fuse), failure(loop));
}

FatImage::~FatImage()
{
    unmount();
}

bool FatImage::unmount()
{
    if (m_how.isEmpty())
        return true;
    // As root, umount takes FUSE mounts too (fusermount is fuse's or fuse3's, under two names).
    const ProcessResult result = run(QStringLiteral("umount"), { m_mountPoint });
    if (result.exitCode == 0)
        m_how.clear();
    return m_how.isEmpty();
}

} // namespace keyhaven::test
