// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestData.h"

#include "catch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUuid>

namespace keyhaven::test {

QString testDataDir()
{
    const QString dir = qEnvironmentVariable("KEYHAVEN_TESTDATA", QStringLiteral(KEYHAVEN_TESTDATA_DEFAULT));
    if (dir.isEmpty() || !QDir(dir).exists(QStringLiteral("bitlk-images")))
        FAIL("The test volumes are not unpacked: run the tests through ctest, with ../shared/testdata beside "
             "the project (KEYHAVEN_TESTDATA='" << dir.toStdString() << "').");
    return dir;
}

QString bitlockerImagesDir()
{
    return testDataDir() + QStringLiteral("/bitlk-images");
}

QString bitlockerImage(const QString& name)
{
    return bitlockerImagesDir() + QLatin1Char('/') + name + QStringLiteral(".img");
}

QList<BitLockerImage> bitlockerImages()
{
    QFile conf(bitlockerImagesDir() + QStringLiteral("/images.conf"));
    REQUIRE(conf.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<BitLockerImage> images;
    while (!conf.atEnd()) {
        const QString line = QString::fromUtf8(conf.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('['))) {
            images.append(BitLockerImage{});
            images.last().name = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0 || images.isEmpty())
            continue;
        const QString key = line.left(eq);
        const QString value = line.mid(eq + 1);
        BitLockerImage& image = images.last();
        if (key == QLatin1String("GUID"))
            image.guid = value;
        else if (key == QLatin1String("CIPHER"))
            image.cipher = value;
        else if (key == QLatin1String("PW"))
            image.password = value;
        else if (key == QLatin1String("PW_VMK_GUID"))
            image.passwordVmk = value;
        else if (key == QLatin1String("RP"))
            image.recoveryPassword = value;
        else if (key == QLatin1String("RP_VMK_GUID"))
            image.recoveryPasswordVmk = value;
        else if (key == QLatin1String("SK_VMK_GUID"))
            image.startupKeyVmk = value;
        else if (key == QLatin1String("SC_VMK_GUID"))
            image.smartCardVmk = value;
        else if (key == QLatin1String("CLEARKEY_VMK_GUID"))
            image.clearKeyVmk = value;
    }
    REQUIRE(images.size() >= 10);
    return images;
}

BitLockerImage bitlockerImageNamed(const QString& name)
{
    for (const BitLockerImage& image : bitlockerImages())
        if (image.name == name)
            return image;
    FAIL("No image named " << name.toStdString() << " in images.conf");
    return {};
}

ScratchDir::ScratchDir()
{
    const QString base = QDir::tempPath() + QStringLiteral("/keyhaven-test-")
        + QUuid::createUuid().toString(QUuid::Id128).left(12);
    REQUIRE(QDir().mkpath(base));
    m_path = base;
}

ScratchDir::~ScratchDir()
{
    // Make everything writable again so that permission tests can be cleaned up.
    QDir dir(m_path);
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    dir.removeRecursively();
}

QString ScratchDir::file(const QString& name) const
{
    return m_path + QLatin1Char('/') + name;
}

QString ScratchDir::write(const QString& name, const QByteArray& contents) const
{
    const QString path = file(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(contents) == contents.size());
    return path;
}

} // namespace keyhaven::test
