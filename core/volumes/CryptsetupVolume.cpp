// SPDX-License-Identifier: GPL-3.0-or-later
#include "CryptsetupVolume.h"

#include <cerrno>

#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
#include <libcryptsetup.h>

#include <memory>
#endif

namespace keyhaven {

#if defined(KEYHAVEN_HAVE_CRYPTSETUP)

namespace {

using Device = std::unique_ptr<crypt_device, decltype(&crypt_free)>;

// libcryptsetup prints its own diagnostics to stderr by default; ours are the ones people should see.
void silentLog(int, const char*, void*) { }

const char* typeName(CryptsetupVolume::Type type)
{
    return type == CryptsetupVolume::Type::FileVault2 ? CRYPT_FVAULT2 : CRYPT_BITLK;
}

Device load(const QString& path, CryptsetupVolume::Type type, int* error)
{
    crypt_set_log_callback(nullptr, silentLog, nullptr);
    crypt_device* raw = nullptr;
    *error = crypt_init(&raw, path.toLocal8Bit().constData());
    Device device(raw, &crypt_free);
    if (*error == 0) {
        crypt_set_log_callback(raw, silentLog, nullptr);
        *error = crypt_load(raw, typeName(type), nullptr);
    }
    return device;
}

} // namespace

CryptsetupVolume::Result CryptsetupVolume::tryPassphrase(const QString& path, Type type, const SecureBytes& passphrase)
{
    int error = 0;
    const Device device = load(path, type, &error);
    // A read that fails while the metadata is loaded (-EIO: a bad sector, a drive pulled out, an image cut
    // short) says nothing about the key: it cannot be checked, which is not "not this kind of volume".
    if (error == -EIO)
        return { Answer::Failed, EIO };
    if (error != 0)
        return { Answer::NotThisType, -error };
    return answerFor(crypt_activate_by_passphrase(device.get(), nullptr, CRYPT_ANY_SLOT,
                                                  reinterpret_cast<const char*>(passphrase.data()), passphrase.size(),
                                                  0));
}

#else

CryptsetupVolume::Result CryptsetupVolume::tryPassphrase(const QString&, Type, const SecureBytes&)
{
    return { Answer::Unavailable, 0 };
}

#endif

bool CryptsetupVolume::isAvailable()
{
#if defined(KEYHAVEN_HAVE_CRYPTSETUP)
    return true;
#else
    return false;
#endif
}

CryptsetupVolume::Result CryptsetupVolume::answerFor(int result)
{
    if (result >= 0)
        return { Answer::Opens, 0 };
    if (result == -EPERM)
        return { Answer::NotConfirmed, 0 };
    if (result == -ENOTSUP)
        return { Answer::Unsupported, 0 };
    return { Answer::Failed, -result };
}

} // namespace keyhaven
