// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/SecretStore.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

class QObject;

namespace keyhaven {

// A SecretStore for worker threads. QtKeychain runs every job through one executor object that lives in the
// thread that used the keychain first (the UI thread), so its jobs must not be started on other threads. This
// store forwards each call to `inner` on the thread `owner` lives in and waits for the answer there; calls on
// that thread go straight through. Once `owner` is destroyed, calls from other threads answer Unavailable at
// once instead of waiting for a thread that will not answer.
class MainThreadSecretStore : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(MainThreadSecretStore)

public:
    MainThreadSecretStore(std::shared_ptr<SecretStore> inner, QObject* owner);
    ~MainThreadSecretStore() override;

    Result read(const QString& key) override;
    Result write(const QString& key, const SecureBytes& secret) override;
    Result remove(const QString& key) override;

    struct Shared;

private:
    Result call(const std::function<Result(SecretStore&)>& job);

    std::shared_ptr<SecretStore> m_inner;
    std::shared_ptr<Shared> m_shared;
};

} // namespace keyhaven
