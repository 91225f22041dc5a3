// SPDX-License-Identifier: GPL-3.0-or-later
// For recover-vs-cryptsetup.sh: a copy of a test image with a second recovery key (tests/volumes/ProtectorEdits.h),
// since no shared test image has two. Prints the second key.
// Usage: make-two-key-image IMAGE RECOVERY-PASSWORD RECOVERY-KEY-ID TARGET-FILE (the image's own key and ID)
#include "volumes/ProtectorEdits.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5) {
        std::fputs("usage: make-two-key-image IMAGE RECOVERY-PASSWORD RECOVERY-KEY-ID TARGET-FILE\n", stderr);
        return 2;
    }
    using namespace keyhaven::test;
    const ImageFacts image { arguments.at(1), arguments.at(2), arguments.at(3), QString() };
    if (copyWithSecondRecoveryKey(image, arguments.at(4), SecondRecoveryPassword, SecondRecoveryId).isEmpty()) {
        std::fputs("could not make the image\n", stderr);
        return 1;
    }
    std::printf("%s\n", qPrintable(SecondRecoveryPassword));
    return 0;
}
