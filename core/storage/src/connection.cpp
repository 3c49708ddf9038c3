#include "attrition/storage/connection.h"

#include "storage_text.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace attrition::storage {

std::string ConnectionSettings::location() const {
    if (engine == Engine::SQLite) {
        const QString path = QString::fromStdString(file.empty() ? defaultDatabaseFile() : file);
        return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).toStdString();
    }
    std::string text = "postgresql://";
    if (!user.empty()) {
        text += user + "@";
    }
    text += host.empty() ? std::string("localhost") : host;
    text += ':';
    text += std::to_string(port);
    text += '/';
    text += database;
    if (!schema.empty()) {
        text += " (schema " + schema + ")";
    }
    return text;
}

Result<ConnectionSettings> connectionFromLocation(std::string_view location) {
    const QString text =
        QString::fromUtf8(location.data(), static_cast<qsizetype>(location.size())).trimmed();
    // Messages never repeat a password: "postgresql://ana:secret@host" is shown as
    // "postgresql://ana:***@host".
    QString shown = text;
    shown.replace(QRegularExpression(QStringLiteral("(://[^/@:]*):[^@/]*@")), QStringLiteral("\\1:***@"));
    auto refuse = [&](const QString& why) {
        //: %1 what was given as a database location, %2 why it is not one.
        return StorageError{
            ErrorKind::InvalidArgument,
            StorageText::tr("\"%1\" is not a database location: %2").arg(shown, why).toStdString(),
            {}};
    };
    if (text.isEmpty()) {
        return refuse(StorageText::tr("it is empty"));
    }
    ConnectionSettings c;
    const bool isUrl = text.startsWith(QStringLiteral("postgresql://"), Qt::CaseInsensitive) ||
                       text.startsWith(QStringLiteral("postgres://"), Qt::CaseInsensitive);
    if (!isUrl) {
        if (text.contains(QStringLiteral("://"))) {
            return refuse(StorageText::tr("give an SQLite file or a postgresql:// address"));
        }
        c.engine = Engine::SQLite;
        c.file = text.toStdString();
        return c;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return refuse(url.errorString());
    }
    if (!url.password().isEmpty()) {
        return refuse(
            StorageText::tr("it holds a password; never write one on a command line or in a setting, "
                            "let the server ask for it or keep it in ~/.pgpass"));
    }
    c.engine = Engine::PostgreSQL;
    c.host = url.host().isEmpty() ? std::string("localhost") : url.host().toStdString();
    c.port = url.port(5432);
    c.user = url.userName().toStdString();
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/'))) {
        database.remove(0, 1);
    }
    if (database.isEmpty() || database.contains(QLatin1Char('/'))) {
        return refuse(
            StorageText::tr("name the database after the server, as in postgresql://ana@db.example/sales"));
    }
    c.database = database.toStdString();
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("schema")) {
            c.schema = value.toStdString();
        } else {
            return refuse(StorageText::tr("unknown setting \"%1\" (only schema=NAME may follow the database)")
                              .arg(key));
        }
    }
    return c;
}

std::string defaultDatabaseFile() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("contracts.sqlite")).toStdString();
}

void writeConnectionSettings(QSettings& settings, const ConnectionSettings& connection) {
    settings.beginGroup(QStringLiteral("storage"));
    settings.setValue(QStringLiteral("engine"), QString::fromUtf8(toString(connection.engine)));
    settings.setValue(QStringLiteral("sqlite/file"), QString::fromStdString(connection.file));
    settings.setValue(QStringLiteral("postgresql/host"), QString::fromStdString(connection.host));
    settings.setValue(QStringLiteral("postgresql/port"), connection.port);
    settings.setValue(QStringLiteral("postgresql/database"), QString::fromStdString(connection.database));
    settings.setValue(QStringLiteral("postgresql/user"), QString::fromStdString(connection.user));
    settings.setValue(QStringLiteral("postgresql/schema"), QString::fromStdString(connection.schema));
    settings.setValue(QStringLiteral("postgresql/options"), QString::fromStdString(connection.options));
    settings.endGroup();
}

ConnectionSettings readConnectionSettings(const QSettings& settings) {
    ConnectionSettings c;
    const auto text = [&](const char* key, const std::string& fallback) {
        const QString name = QStringLiteral("storage/") + QString::fromLatin1(key);
        return settings.contains(name) ? settings.value(name).toString().toStdString() : fallback;
    };
    c.engine = engineFromString(text("engine", "sqlite")).value_or(Engine::SQLite);
    c.file = text("sqlite/file", c.file);
    c.host = text("postgresql/host", c.host);
    bool ok = false;
    const int port = settings.value(QStringLiteral("storage/postgresql/port"), c.port).toInt(&ok);
    if (ok && port > 0 && port < 65536) {
        c.port = port;
    }
    c.database = text("postgresql/database", c.database);
    c.user = text("postgresql/user", c.user);
    c.schema = text("postgresql/schema", c.schema);
    c.options = text("postgresql/options", c.options);
    return c;
}

} // namespace attrition::storage
