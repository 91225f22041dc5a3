// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainThreadSecretStore.h"

#include <QEvent>
#include <QMutex>
#include <QMutexLocker>
#include <QObject>
#include <QSemaphore>
#include <QThread>

namespace keyhaven {

namespace {

// One call waiting to run on the owner's thread. Destroyed after it ran, or unrun when the relay goes first:
// either way the waiting thread is released.
class CallEvent : public QEvent
{
public:
    CallEvent(std::function<void()> run, QSemaphore* done)
        : QEvent(QEvent::User)
        , m_run(std::move(run))
        , m_done(done)
    {
    }
    ~CallEvent() override { m_done->release(); }
    void run() { m_run(); }

private:
    std::function<void()> m_run;
    QSemaphore* m_done;
};

} // namespace

class Relay;

struct MainThreadSecretStore::Shared
{
    QMutex mutex;
    Relay* relay = nullptr; // null once the owner is gone
};

// Lives in the owner's thread, as its child, and runs the calls posted to it.
class Relay : public QObject
{
public:
    Relay(std::shared_ptr<MainThreadSecretStore::Shared> shared, QObject* owner)
        : QObject(owner)
        , m_shared(std::move(shared))
    {
        const QMutexLocker lock(&m_shared->mutex);
        m_shared->relay = this;
    }
    ~Relay() override
    {
        {
            const QMutexLocker lock(&m_shared->mutex);
            m_shared->relay = nullptr;
        }
        // Calls still posted are deleted unrun by ~QObject now, which releases their threads.
        QCoreApplication::removePostedEvents(this, QEvent::User);
    }

    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::User) {
            static_cast<CallEvent*>(event)->run();
            return true;
        }
        return QObject::event(event);
    }

private:
    std::shared_ptr<MainThreadSecretStore::Shared> m_shared;
};

MainThreadSecretStore::MainThreadSecretStore(std::shared_ptr<SecretStore> inner, QObject* owner)
    : m_inner(std::move(inner))
    , m_shared(std::make_shared<Shared>())
{
    new Relay(m_shared, owner);
}

MainThreadSecretStore::~MainThreadSecretStore() = default;

SecretStore::Result MainThreadSecretStore::call(const std::function<Result(SecretStore&)>& job)
{
    Result result;
    result.status = Result::Status::Unavailable;
    result.error = tr("Keyhaven is closing: the system keychain was not asked.");
    if (!m_inner)
        return result;
    QSemaphore done;
    QMutexLocker lock(&m_shared->mutex);
    Relay* relay = m_shared->relay;
    if (!relay)
        return result;
    if (relay->thread() == QThread::currentThread()) {
        lock.unlock(); // the keychain runs an event loop: the relay may go meanwhile
        return job(*m_inner);
    }
    SecretStore& inner = *m_inner;
    // Posted while the lock keeps the relay alive; run, or deleted unrun, by the relay's thread.
    QCoreApplication::postEvent(relay, new CallEvent([&result, &job, &inner] { result = job(inner); }, &done));
    lock.unlock();
    done.acquire();
    return result;
}

SecretStore::Result MainThreadSecretStore::read(const QString& key)
{
    return call([&key](SecretStore& store) { return store.read(key); });
}

SecretStore::Result MainThreadSecretStore::write(const QString& key, const SecureBytes& secret)
{
    return call([&key, &secret](SecretStore& store) { return store.write(key, secret); });
}

SecretStore::Result MainThreadSecretStore::remove(const QString& key)
{
    return call([&key](SecretStore& store) { return store.remove(key); });
}

} // namespace keyhaven
