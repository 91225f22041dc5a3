// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UploadProvider.h"

#include <QDateTime>

#include <functional>
#include <optional>

namespace keyhaven {

// Checks a key in to a Crypt Server (escrow.md §1, docs/crypt-server.md): GET <base>/verify/<serial>/<type>/
// (what the server holds before), POST <base>/checkin/ form-encoded, then the same GET again. Crypt keeps
// secrets per computer and type and its answers are about "the newest secret of this type", so each kind
// of key gets its own type (a BitLocker key's carries its key ID), and "confirmed" is said only when the
// newest one is new since before the check-in. rotation_required is shown only when it is about this key.
class CryptServerProvider : public UploadProvider
{
    Q_OBJECT

public:
    // How far the server's clock may be from ours when its date_escrowed is compared with the check-in.
    static constexpr int ClockSlackSeconds = 120;

    struct CheckInAnswer
    {
        bool rotationRequired = false;
    };
    struct VerifyAnswer
    {
        bool escrowed = false;
        QDateTime escrowedAt; // UTC; invalid when the server gave no date it could be read from
        QString date; // as the server wrote it
    };

    using UploadProvider::UploadProvider;

    void start(const RecoveryKey& key) override;

    // The form body of a check-in (built in SecureBytes: it holds the key).
    static SecureBytes checkInForm(const QString& serial, const SecureBytes& secret, const QString& userName,
                                   const QString& computerName, const QString& secretType);
    // Crypt's secret_type for a key: "recovery_key" for FileVault (what Crypt's own Mac client sends),
    // "bitlocker:<KEY ID>" for a BitLocker recovery key (so that an administrator sees the ID the recovery
    // screen shows, and the server keeps each BitLocker key apart), "bitlocker" for one without an ID.
    static QString secretType(const RecoveryKey& key);
    // The server's answers; nothing when the body is not what a Crypt Server answers.
    static std::optional<CheckInAnswer> readCheckIn(const SecureBytes& body);
    static std::optional<VerifyAnswer> readVerify(const SecureBytes& body);
    // <base>/<segment>/…/ with every segment percent-encoded (a serial may hold "/", "?" or "#").
    static QUrl endpoint(const QUrl& base, const QStringList& segments);

private:
    void askWhatIsHeld(std::function<void(HttpResponse&)> then);
    void heldBefore(HttpResponse& response);
    void checkIn();
    bool storedNow(const VerifyAnswer& after) const;
    void checkedIn(HttpResponse& response);
    void verified(HttpResponse& response);
    void confirmedNow(BackupResult& result, const VerifyAnswer& answer);
    void alreadyThere(BackupResult& result, const VerifyAnswer& answer);
    bool typeNamesTheKey() const { return m_secretType.startsWith(QLatin1String("bitlocker:")); }

    QString m_serial;
    QString m_secretType;
    QString m_keyDescription; // translated: "the BitLocker recovery key 64311DEA-…", for messages
    QDateTime m_checkInStarted;
    std::optional<VerifyAnswer> m_before; // the newest secret of the type before the check-in, if any
    SecureBytes m_form;
    bool m_rotationRequired = false;
};

} // namespace keyhaven
