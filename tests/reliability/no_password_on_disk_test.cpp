// No password is ever written to disk or shown. attrition-cli runs with PGPASSWORD set and its home,
// configuration and data folders in a temporary folder; afterwards no file there holds the password (in
// plain text, percent-encoded or base64), and neither does anything the program printed. Against a server
// that cannot be reached (always), and against the PostgreSQL test server when ATTRITION_TEST_PG_HOST,
// _PORT, _USER and _DB are set.

#include "../qt_printers.h"
#include "reliability_support.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

namespace attrition::reliability {
namespace {

const char* const kContractFile = R"({
  "format": "attrition-desk/contract", "version": 1, "reference": "PW-2027-001", "currency": "USD",
  "signedOn": "2026-03-02", "arrival": "2027-05-09", "departure": "2027-05-11",
  "block": [{"night": "2027-05-09", "roomType": "KING", "rooms": 10, "rate": "150.00"}]
}
)";

class NoPasswordOnDisk : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        home_ = dir_.filePath(QStringLiteral("home"));
        ASSERT_TRUE(QDir().mkpath(home_));
        // A password no file could hold by chance.
        password_ = QStringLiteral("pw-%1-'\"%;").arg(QRandomGenerator::global()->generate64(), 0, 36);
        env_ = isolatedEnvironment(home_);
        env_.insert(QStringLiteral("PGPASSWORD"), password_);
        file_ = dir_.filePath(QStringLiteral("contract.json"));
        ASSERT_TRUE(writeFile(file_, kContractFile));
    }

    void runAndCollect(const QStringList& args) {
        const CliRun r = cli(args, env_);
        EXPECT_FALSE(r.crashed) << args.join(QLatin1Char(' ')).toStdString();
        printed_ += r.out + r.err;
    }

    /// Every form in which the password could have been written.
    QList<QByteArray> forms() const {
        const QByteArray utf8 = password_.toUtf8();
        return {utf8, QUrl::toPercentEncoding(password_), utf8.toBase64(), utf8.toHex(),
                QByteArray(reinterpret_cast<const char*>(password_.utf16()), password_.size() * 2)};
    }

    void expectNoPasswordAnywhere() {
        int files = 0;
        QDirIterator it(dir_.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            ++files;
            const QByteArray bytes = readFile(path);
            for (const QByteArray& form : forms()) {
                EXPECT_FALSE(bytes.contains(form)) << path.toStdString() << " holds the password";
            }
        }
        EXPECT_GT(files, 0);
        for (const QByteArray& form : forms()) {
            EXPECT_FALSE(printed_.toUtf8().contains(form)) << "the password was printed:\n"
                                                           << printed_.toStdString();
        }
    }

    QTemporaryDir dir_;
    QString home_;
    QString password_;
    QProcessEnvironment env_;
    QString file_;
    QString printed_;
};

TEST_F(NoPasswordOnDisk, TheUsersOwnDatabaseAndSettingsHoldNoPassword) {
    runAndCollect({QStringLiteral("import"), file_});
    runAndCollect({QStringLiteral("list")});
    runAndCollect(
        {QStringLiteral("export"), QStringLiteral("--out"), dir_.filePath(QStringLiteral("all.json"))});
    EXPECT_TRUE(QFileInfo::exists(dir_.filePath(QStringLiteral("all.json"))));
    expectNoPasswordAnywhere();
}

TEST_F(NoPasswordOnDisk, AServerThatCannotBeReachedIsNamedWithoutThePassword) {
    const QString location = QStringLiteral("postgresql://ana@127.0.0.1:1/sales");
    runAndCollect({QStringLiteral("import"), file_, QStringLiteral("--database"), location});
    runAndCollect({QStringLiteral("list"), QStringLiteral("--database"), location});
    EXPECT_TRUE(printed_.contains(QStringLiteral("postgresql://ana@127.0.0.1:1/sales")))
        << printed_.toStdString();
    expectNoPasswordAnywhere();
}

TEST_F(NoPasswordOnDisk, APasswordInTheLocationIsRefusedAndNotRepeated) {
    const QString location = QStringLiteral("postgresql://ana:%1@127.0.0.1:1/sales")
                                 .arg(QString::fromLatin1(QUrl::toPercentEncoding(password_)));
    runAndCollect({QStringLiteral("list"), QStringLiteral("--database"), location});
    EXPECT_TRUE(printed_.contains(QStringLiteral("postgresql://ana:***@127.0.0.1:1/sales")))
        << printed_.toStdString();
    expectNoPasswordAnywhere();
}

TEST_F(NoPasswordOnDisk, ConnectingToTheTestServerWritesNoPassword) {
    const QString host = qEnvironmentVariable("ATTRITION_TEST_PG_HOST");
    const QString db = qEnvironmentVariable("ATTRITION_TEST_PG_DB");
    if (host.isEmpty() || db.isEmpty()) {
        GTEST_SKIP() << "PostgreSQL: set ATTRITION_TEST_PG_HOST, _PORT, _USER and _DB "
                        "(tests/storage/pg-test-cluster.sh start DIR) to run this test on a server";
    }
    const QString port = qEnvironmentVariable("ATTRITION_TEST_PG_PORT", QStringLiteral("5432"));
    const QString user = qEnvironmentVariable("ATTRITION_TEST_PG_USER");
    const QString serverPassword = qEnvironmentVariable("ATTRITION_TEST_PG_PASSWORD");
    if (!serverPassword.isEmpty()) {
        password_ = serverPassword; // the server wants this one: look for it instead
        env_.insert(QStringLiteral("PGPASSWORD"), password_);
    }
    const QString schema =
        QStringLiteral("reliability_pw_%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    const QString location =
        QStringLiteral("postgresql://%1@%2:%3/%4?schema=%5").arg(user, host, port, db, schema);
    runAndCollect({QStringLiteral("import"), file_, QStringLiteral("--database"), location});
    runAndCollect({QStringLiteral("list"), QStringLiteral("--database"), location});
    EXPECT_TRUE(printed_.contains(QStringLiteral("PW-2027-001"))) << printed_.toStdString();
    expectNoPasswordAnywhere();
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pw-admin"));
        admin.setHostName(host);
        admin.setPort(port.toInt());
        admin.setUserName(user);
        admin.setDatabaseName(db);
        admin.setPassword(serverPassword);
        ASSERT_TRUE(admin.open()) << admin.lastError().text().toStdString();
        QSqlQuery q(admin);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        EXPECT_TRUE(q.exec(QStringLiteral("DROP SCHEMA IF EXISTS \"%1\" CASCADE").arg(schema)))
            << q.lastError().text().toStdString();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pw-admin"));
}

} // namespace
} // namespace attrition::reliability
