// SPDX-License-Identifier: GPL-3.0-or-later
// Copies of the real BitLocker test images with their protectors changed, as Windows would have written them:
// no image in the shared test data has two recovery keys, or only a TPM besides its recovery key.
#pragma once

#include "support/TestData.h"

#include <QString>

namespace keyhaven::test {

// What the edits need to know of a test image (a BitLockerImage has it all).
struct ImageFacts
{
    QString path;
    QString recoveryPassword;
    QString recoveryPasswordVmk;
    QString passwordVmk;
};

// A sparse copy of `image` (its metadata only, at the same offsets, and the same size) with the password
// protector turned into a TPM protector: the only way left to its key is Windows.
QString tpmOnlyCopy(const ImageFacts& image, const QString& target);

// A sparse copy of `image` with a second recovery-password protector, `password` with the ID `id`, made from the
// image's own VMK (read with its known recovery password): a real, complete protector that cryptsetup opens too.
QString copyWithSecondRecoveryKey(const ImageFacts& image, const QString& target, const QString& password,
                                  const QString& id);

// A sparse copy of `image` whose recovery protector's wrapped password (the nested 0x0012 datum) is damaged:
// one byte of its ciphertext flipped, or (`breakSize`) its size made larger than its parent. CRCs are fixed, so
// only the datum itself is wrong.
QString copyWithDamagedRecoveryDatum(const ImageFacts& image, const QString& target, bool breakSize);

inline ImageFacts factsOf(const BitLockerImage& image)
{
    return { image.path(), image.recoveryPassword, image.recoveryPasswordVmk, image.passwordVmk };
}
inline QString tpmOnlyCopy(const BitLockerImage& image, const QString& target)
{
    return tpmOnlyCopy(factsOf(image), target);
}
inline QString copyWithSecondRecoveryKey(const BitLockerImage& image, const QString& target, const QString& password,
                                         const QString& id)
{
    return copyWithSecondRecoveryKey(factsOf(image), target, password, id);
}
inline QString copyWithDamagedRecoveryDatum(const BitLockerImage& image, const QString& target, bool breakSize)
{
    return copyWithDamagedRecoveryDatum(factsOf(image), target, breakSize);
}

// The recovery password and ID copyWithSecondRecoveryKey() is given by the tests.
inline const QString SecondRecoveryPassword = QStringLiteral("111111-222222-333333-444444-555555-666666-000011-123453");
inline const QString SecondRecoveryId = QStringLiteral("0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D");

} // namespace keyhaven::test
