#include "attrition/storage/connection.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

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
