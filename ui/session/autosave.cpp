#include "session/autosave.h"

#include "attrition/io/contract_json.h"
#include "session/contractdocument.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <algorithm>

namespace attrition::ui {

namespace {

const QString kFormat = QStringLiteral("attrition-desk/autosave");

} // namespace

Autosave::Autosave(ContractDocument* document, int delayMs, QObject* parent)
    : QObject(parent)
    , document_(document)
    , timer_(new QTimer(this)) {
    timer_->setSingleShot(true);
    timer_->setInterval(delayMs);
    connect(timer_, &QTimer::timeout, this, &Autosave::writeNow);
    connect(document_, &ContractDocument::contractChanged, this, &Autosave::changed);
    connect(document_, &ContractDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified) {
            clear(); // saved, or back to the state loaded
        }
    });
    // Another contract (or the same one again) is loaded: what was kept for the previous one was saved or
    // discarded on the way.
    connect(document_, &ContractDocument::contractLoaded, this, &Autosave::clear);
}

Autosave::~Autosave() = default;

void Autosave::setSource(std::function<QString()> location, std::function<qint64()> loadedVersion) {
    location_ = std::move(location);
    loadedVersion_ = std::move(loadedVersion);
}

QString Autosave::folder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .absoluteFilePath(QStringLiteral("autosave"));
}

QString Autosave::location() const {
    return location_ ? location_() : QString();
}

QString Autosave::currentFile() const {
    const QByteArray key = (location() + QLatin1Char('\n') + document_->sourceId()).toUtf8();
    const QString name = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
    return QDir(folder()).absoluteFilePath(name + QStringLiteral(".json"));
}

void Autosave::changed() {
    if (document_->isModified()) {
        timer_->start();
    }
}

void Autosave::writeNow() {
    timer_->stop();
    if (!document_->isModified()) {
        return;
    }
    const QString file = currentFile();
    if (!written_.isEmpty() && written_ != file) {
        QFile::remove(written_); // the contract was saved under a new key: keep one copy only
    }
    QDir().mkpath(folder());
    const QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), 1},
        {QStringLiteral("location"), location()},
        {QStringLiteral("sourceId"), document_->sourceId()},
        {QStringLiteral("loadedVersion"), loadedVersion_ ? loadedVersion_() : 0},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("contract"), io::contractToJson(document_->contract())}};
    QSaveFile out(file);
    if (out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) >= 0 &&
        out.commit()) {
        written_ = file;
    }
}

void Autosave::clear() {
    timer_->stop();
    if (!written_.isEmpty()) {
        QFile::remove(written_);
        written_.clear();
    }
}

std::vector<RecoveredEdits> Autosave::recoverable(const QString& location) {
    std::vector<RecoveredEdits> found;
    const QDir dir(folder());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(dir.absoluteFilePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QStringLiteral("format")).toString() != kFormat ||
            o.value(QStringLiteral("location")).toString() != location) {
            continue;
        }
        const io::ReadResult read =
            io::readContracts(QJsonDocument(o.value(QStringLiteral("contract")).toObject()).toJson());
        if (!read.ok() || read.contracts.size() != 1) {
            continue;
        }
        RecoveredEdits e;
        e.file = f.fileName();
        e.location = location;
        e.sourceId = o.value(QStringLiteral("sourceId")).toString();
        e.loadedVersion = o.value(QStringLiteral("loadedVersion")).toInteger();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        e.contract = read.contracts.front();
        found.push_back(std::move(e));
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveredEdits& a, const RecoveredEdits& b) { return a.savedAt < b.savedAt; });
    return found;
}

void Autosave::discard(const RecoveredEdits& edits) {
    QFile::remove(edits.file);
}

} // namespace attrition::ui
