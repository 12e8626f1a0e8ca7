// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against a real Secret Service (gnome-keyring in a D-Bus session of the test's own,
// started by with_secret_service.sh): a key stored by one session is read by the next, is not in
// any file in plain text, and is gone once removed. And without any secret service: keys live in
// memory for the session only, and the store says it is not persistent.
//   with_secret_service.sh tst_secretstore keysOutliveTheSession removedKeysAreGone
//   DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent tst_secretstore withoutSecretService
#include "remote/secretstore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString service = u"trawl-test"_s;
const QString keyName = SecretStore::keyName(u"firecrawl-v1"_s, QUrl(u"https://api.example"_s));
const QString secret = u"fc-test-9f1c2e7a-key-Ω"_s;

// A store that has probed the keychain (as the app does at start).
std::unique_ptr<SecretStore> probed()
{
    auto store = std::make_unique<SecretStore>(service);
    QSignalSpy ready(store.get(), &SecretStore::ready);
    store->probe();
    if (ready.isEmpty())
        ready.wait(SecretStore::probeTimeoutMs + 2000);
    return store;
}

std::optional<QString> fetchNow(SecretStore &store, const QString &name)
{
    std::optional<QString> value;
    QEventLoop loop;
    QObject context;
    store.fetch(name, &context, [&](std::optional<QString> fetched) {
        value = std::move(fetched);
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    return value;
}

// What a session started now would read: a fresh store, with nothing in its memory.
std::optional<QString> readInNewSession(const QString &name)
{
    const auto store = probed();
    return store->isPersistent() ? fetchNow(*store, name) : std::nullopt;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysOutliveTheSession()
    {
        const auto first = probed();
        QVERIFY(first->isReady());
        QVERIFY2(first->isPersistent(), "the Secret Service did not answer the probe");
        QSignalSpy failed(first.get(), &SecretStore::storeFailed);
        first->store(keyName, secret);
        // The write is asynchronous: a new session sees the key once the keychain has it.
        QTRY_COMPARE_WITH_TIMEOUT(readInNewSession(keyName), std::optional<QString>(secret), 10000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(readInNewSession(u"never-stored"_s), std::nullopt);

        // The keyring file is encrypted: the key is in no file under HOME in plain text.
        const QString home = qEnvironmentVariable("HOME");
        QVERIFY(!home.isEmpty());
        int files = 0;
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(file.fileName()));
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                                   secret.size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        }
        QVERIFY2(files > 0, "no keyring file was written");
    }

    void removedKeysAreGone()
    {
        const auto store = probed();
        QVERIFY(store->isPersistent());
        store->store(keyName, secret);
        QTRY_COMPARE_WITH_TIMEOUT(readInNewSession(keyName), std::optional<QString>(secret), 10000);
        store->remove(keyName);
        QCOMPARE(store->cached(keyName), std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(readInNewSession(keyName), std::nullopt, 10000);
    }

    void withoutSecretService()
    {
        const auto store = probed();
        QVERIFY(store->isReady());
        QVERIFY(!store->isPersistent());
        store->store(keyName, secret);
        QCOMPARE(fetchNow(*store, keyName), std::optional<QString>(secret));
        QCOMPARE(store->cached(keyName), std::optional<QString>(secret));
        // Nothing outlives the session.
        const auto next = probed();
        QVERIFY(!next->isPersistent());
        QCOMPARE(fetchNow(*next, keyName), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
