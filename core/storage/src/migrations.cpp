#include "attrition/storage/migrations.h"

#include "storage_text.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <algorithm>
#include <cctype>

namespace attrition::storage {

namespace {

QString builtInDirectory(Engine engine) {
    return engine == Engine::PostgreSQL ? QStringLiteral(":/attrition/migrations/postgresql")
                                        : QStringLiteral(":/attrition/migrations/sqlite");
}

StorageError migrationError(const std::string& directory, const QString& problem) {
    //: %1 a folder of database schema scripts, %2 what is wrong with them.
    return StorageError{ErrorKind::Failed,
                        StorageText::tr("The schema migrations in %1 are unusable: %2")
                            .arg(QString::fromStdString(directory), problem)
                            .toStdString(),
                        std::nullopt};
}

std::string trimmed(std::string_view text) {
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])) != 0) {
        ++begin;
    }
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])) != 0) {
        --end;
    }
    return std::string(text.substr(begin, end - begin));
}

} // namespace

std::vector<std::string> splitStatements(std::string_view script) {
    std::vector<std::string> statements;
    std::string current;
    const auto flush = [&] {
        std::string statement = trimmed(current);
        if (!statement.empty()) {
            statements.push_back(std::move(statement));
        }
        current.clear();
    };
    std::size_t i = 0;
    const std::size_t n = script.size();
    while (i < n) {
        const char c = script[i];
        if (c == '-' && i + 1 < n && script[i + 1] == '-') { // line comment: dropped
            while (i < n && script[i] != '\n') {
                ++i;
            }
            continue;
        }
        if (c == '/' && i + 1 < n && script[i + 1] == '*') { // block comment: dropped
            const std::size_t close = script.find("*/", i + 2);
            i = close == std::string_view::npos ? n : close + 2;
            current += ' ';
            continue;
        }
        if (c == '\'' || c == '"') { // quoted text or identifier; a doubled quote stays inside
            std::size_t j = i + 1;
            while (j < n) {
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const std::size_t end = std::min(j + 1, n);
            current.append(script.substr(i, end - i));
            i = end;
            continue;
        }
        if (c == '$') { // PostgreSQL dollar quoting: $$...$$ or $tag$...$tag$
            std::size_t j = i + 1;
            while (j < n && (std::isalnum(static_cast<unsigned char>(script[j])) != 0 || script[j] == '_')) {
                ++j;
            }
            if (j < n && script[j] == '$') {
                const std::string_view tag = script.substr(i, j - i + 1);
                const std::size_t close = script.find(tag, j + 1);
                const std::size_t end = close == std::string_view::npos ? n : close + tag.size();
                current.append(script.substr(i, end - i));
                i = end;
                continue;
            }
        }
        if (c == ';') {
            flush();
            ++i;
            continue;
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

Result<std::vector<Migration>> loadMigrations(const std::string& directory) {
    const QDir dir(QString::fromStdString(directory));
    if (!dir.exists()) {
        return migrationError(directory, StorageText::tr("the folder does not exist"));
    }
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{3,})_([A-Za-z0-9_]+)\\.sql$"));
    std::vector<Migration> migrations;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch()) {
            return migrationError(
                directory, StorageText::tr("the file name \"%1\" is not of the form NNN_name.sql").arg(file));
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            return migrationError(directory,
                                  StorageText::tr("cannot read %1: %2").arg(file, f.errorString()));
        }
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2).toStdString();
        m.script = QString::fromUtf8(f.readAll()).toStdString();
        migrations.push_back(std::move(m));
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration& a, const Migration& b) { return a.version < b.version; });
    for (std::size_t i = 0; i < migrations.size(); ++i) {
        const int expected = static_cast<int>(i) + 1;
        if (migrations[i].version != expected) {
            return migrationError(
                directory, StorageText::tr("expected migration number %1 but found %2 (numbers must run 1, "
                                           "2, 3... without gaps or repeats)")
                               .arg(QString::number(expected), QString::number(migrations[i].version)));
        }
    }
    if (migrations.empty()) {
        return migrationError(directory, StorageText::tr("there are no migration files in it"));
    }
    return migrations;
}

Result<std::vector<Migration>> builtInMigrations(Engine engine) {
    return loadMigrations(builtInDirectory(engine).toStdString());
}

int latestSchemaVersion(Engine engine) {
    static const int sqlite = [] {
        const auto m = builtInMigrations(Engine::SQLite);
        return m ? m->back().version : 0;
    }();
    static const int postgresql = [] {
        const auto m = builtInMigrations(Engine::PostgreSQL);
        return m ? m->back().version : 0;
    }();
    return engine == Engine::PostgreSQL ? postgresql : sqlite;
}

} // namespace attrition::storage
