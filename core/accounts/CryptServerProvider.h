// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UploadProvider.h"

namespace keyhaven {

// Checks a key in to a Crypt Server (escrow.md §1): POST <base>/checkin/ form-encoded, then
// GET <base>/verify/<serial>/recovery_key/ to confirm it landed. Says when the server asks for the
// key to be replaced (rotation_required).
class CryptServerProvider : public UploadProvider
{
    Q_OBJECT

public:
    using UploadProvider::UploadProvider;

    void start(const RecoveryKey& key) override;

    // The form body of a check-in (built in SecureBytes: it holds the key).
    static SecureBytes checkInForm(const QString& serial, const SecureBytes& secret, const QString& userName,
                                   const QString& computerName);

private:
    QUrl endpoint(const QStringList& segments) const;
    void checkedIn(HttpResponse& response);
    void verified(HttpResponse& response);

    QString m_serial;
    bool m_rotationRequired = false;
};

} // namespace keyhaven
