// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteclient.h"
#include "remote/secretstore.h"
#include "ui/appsettings.h"
#include "ui/remotejobdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QLineEdit *field(RemoteJobDialog &dialog, int index)
{
    return dialog.findChildren<QLineEdit *>().at(index);
}

QPushButton *okButton(RemoteJobDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestRemoteJobDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<AppSettings> m_settings;

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsFollowProvider();
    void validation_data();
    void validation();
    void keyNoteAndSettings();
};

void TestRemoteJobDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestRemoteJobDialog::init()
{
    m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"trawl-%1.ini"_s.arg(++m_counter)));
}

void TestRemoteJobDialog::defaultsFollowProvider()
{
    SecretStore secrets(u"trawl-test"_s, SecretStore::Backend::MemoryOnly);
    RemoteJobDialog dialog(secrets, m_settings.get());
    auto *provider = dialog.findChild<QComboBox *>();
    QCOMPARE(provider->count(), 5);
    QCOMPARE(field(dialog, 2)->echoMode(), QLineEdit::Password);
    for (int i = 0; i < provider->count(); ++i) {
        provider->setCurrentIndex(i);
        QCOMPARE(dialog.baseUrl(), RemoteProviders::defaultBaseUrl(dialog.provider()));
    }
    // An address the user typed stays when the provider changes.
    provider->setCurrentIndex(0);
    field(dialog, 0)->setText(u"http://127.0.0.1:3002"_s);
    provider->setCurrentIndex(1);
    QCOMPARE(dialog.baseUrl(), QUrl(u"http://127.0.0.1:3002"_s));
}

void TestRemoteJobDialog::validation_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("jobId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("reason"); // empty: valid
    QTest::newRow("valid") << u"https://api.firecrawl.dev"_s << u"abc-123"_s << u"fc-1"_s
                           << QString();
    QTest::newRow("self-hosted without key")
        << u"http://localhost:3002"_s << u"abc"_s << QString() << QString();
    QTest::newRow("empty job id") << u"https://api.firecrawl.dev"_s << QString() << u"fc-1"_s
                                  << u"Job id: empty"_s;
    QTest::newRow("job id with slash")
        << u"https://api.firecrawl.dev"_s << u"v1/crawl/x"_s << u"fc-1"_s << u"Job id:"_s;
    QTest::newRow("ftp base URL") << u"ftp://example.com"_s << u"abc"_s << u"fc-1"_s
                                  << u"Base URL:"_s;
    QTest::newRow("empty base URL") << QString() << u"abc"_s << u"fc-1"_s << u"Base URL: empty"_s;
    QTest::newRow("hosted without key")
        << u"https://api.firecrawl.dev"_s << u"abc"_s << QString() << u"API key: empty"_s;
}

void TestRemoteJobDialog::validation()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, jobId);
    QFETCH(QString, key);
    QFETCH(QString, reason);
    SecretStore secrets(u"trawl-test"_s, SecretStore::Backend::MemoryOnly);
    RemoteJobDialog dialog(secrets, m_settings.get());
    field(dialog, 0)->setText(baseUrl);
    field(dialog, 1)->setText(jobId);
    field(dialog, 2)->setText(key);
    QCOMPARE(okButton(dialog)->isEnabled(), reason.isEmpty());
    const QString shown = dialog.findChild<QLabel *>(u"problems"_s)->text();
    if (reason.isEmpty())
        QVERIFY(dialog.problems().isEmpty());
    else
        QVERIFY2(shown.contains(reason), qPrintable(shown));
}

void TestRemoteJobDialog::keyNoteAndSettings()
{
    SecretStore secrets(u"trawl-test"_s, SecretStore::Backend::MemoryOnly);
    RemoteJobDialog dialog(secrets, m_settings.get());
    const auto labels = dialog.findChildren<QLabel *>();
    auto noteSays = [&labels](const QString &text) {
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel *label) { return label->text().contains(text); });
    };
    QVERIFY(noteSays(u"Looking for the system keychain"_s));
    QSignalSpy ready(&secrets, &SecretStore::ready);
    secrets.probe();
    QVERIFY(ready.wait(5000));
    QVERIFY(noteSays(u"only for this session"_s));

    const QString key = u"sk-dialog-5e1f0a9b77c3"_s;
    dialog.findChild<QComboBox *>()->setCurrentIndex(3); // spidra
    field(dialog, 0)->setText(u"https://spidra.example.org/api"_s);
    field(dialog, 1)->setText(u"job-9"_s);
    field(dialog, 2)->setText(key);
    QVERIFY(okButton(dialog)->isEnabled());
    okButton(dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.apiKey(), key);

    m_settings->sync();
    QCOMPARE(m_settings->remoteProvider(), u"spidra"_s);
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("spidra.example.org"));
    QVERIFY(!bytes.contains(key.toUtf8()));

    // The next dialog starts from what was remembered.
    RemoteJobDialog again(secrets, m_settings.get());
    QCOMPARE(again.provider(), u"spidra"_s);
    QCOMPARE(again.baseUrl(), QUrl(u"https://spidra.example.org/api"_s));
    QVERIFY(again.apiKey().isEmpty());
}

QTEST_MAIN(TestRemoteJobDialog)
#include "tst_remotejobdialog.moc"
