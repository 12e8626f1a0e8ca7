// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/secretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

SecretStore::SecretStore(const QString &service, Backend backend, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_backend(backend)
{}

void SecretStore::probe()
{
    if (m_ready || m_probing)
        return;
    if (m_backend == Backend::MemoryOnly) {
        QTimer::singleShot(0, this, [this] { setReady(false); });
        return;
    }
    m_probing = true;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(u"trawl-keychain-probe"_s);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        const QKeychain::Error error = done->error();
        setReady(error == QKeychain::NoError || error == QKeychain::EntryNotFound);
    });
    // A keychain that never answers (no session bus, a locked wallet) counts as none.
    QTimer::singleShot(probeTimeoutMs, this, [this] { setReady(false); });
    job->start();
}

void SecretStore::setReady(bool persistent)
{
    if (m_ready)
        return;
    m_ready = true;
    m_probing = false;
    m_persistent = persistent;
    Q_EMIT ready(persistent);
}

void SecretStore::store(const QString &name, const QString &secret)
{
    m_memory.insert(name, secret);
    if (!m_persistent)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            Q_EMIT storeFailed(done->errorString());
    });
    job->start();
}

void SecretStore::fetch(const QString &name, QObject *context,
                        std::function<void(std::optional<QString>)> done)
{
    if (const auto it = m_memory.constFind(name); it != m_memory.constEnd() || !m_persistent) {
        const std::optional<QString> value =
            it != m_memory.constEnd() ? std::optional<QString>(it.value()) : std::nullopt;
        QTimer::singleShot(0, context, [done, value] { done(value); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, context, [this, name, done](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() != QKeychain::NoError) {
            done(std::nullopt);
            return;
        }
        m_memory.insert(name, read->textData());
        done(read->textData());
    });
    job->start();
}

std::optional<QString> SecretStore::cached(const QString &name) const
{
    const auto it = m_memory.constFind(name);
    return it == m_memory.constEnd() ? std::nullopt : std::optional<QString>(it.value());
}

void SecretStore::remove(const QString &name)
{
    m_memory.remove(name);
    if (!m_persistent)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->start();
}

QString SecretStore::keyName(const QString &provider, const QUrl &baseUrl)
{
    return provider + u' '
           + baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo).toString();
}
