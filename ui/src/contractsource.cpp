#include "attrition/ui/contractsource.h"

#include "attrition/ui/contractfiles.h"

#include <QDir>
#include <QFileInfo>

namespace attrition::ui {

FolderContractSource::FolderContractSource(QString folder, QObject* parent)
    : ContractSource(parent)
    , folder_(std::move(folder)) {}

void FolderContractSource::setFolder(const QString& folder) {
    folder_ = folder;
    extraFiles_.clear();
    emit changed();
}

void FolderContractSource::addFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(absolute).absolutePath() != QDir(folder_).absolutePath() &&
        !extraFiles_.contains(absolute)) {
        extraFiles_ << absolute;
        emit changed();
    }
}

QString FolderContractSource::name() const {
    return QDir(folder_).dirName();
}

QString FolderContractSource::location() const {
    return QDir::toNativeSeparators(QDir(folder_).absolutePath());
}

std::vector<ContractRecord> FolderContractSource::loadAll() {
    std::vector<ContractRecord> records;
    const QDir dir(folder_);
    QStringList files;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        files << info.absoluteFilePath();
    }
    files << extraFiles_;
    for (const QString& path : files) {
        ContractFile file = readContractFile(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.errors.isEmpty() || file.contracts.empty()) {
            records.push_back(ContractRecord{path, name, std::nullopt, file.errors});
            continue;
        }
        if (file.contracts.size() == 1) {
            records.push_back(ContractRecord{path, name, std::move(file.contracts.front()), {}});
            continue;
        }
        for (std::size_t i = 0; i < file.contracts.size(); ++i) {
            const QString n = QString::number(i + 1);
            records.push_back(ContractRecord{path + QLatin1Char('#') + n,
                                             name + QStringLiteral(" #") + n,
                                             std::move(file.contracts[i]),
                                             {}});
        }
    }
    return records;
}

namespace {

/// "folder/x.json#2" is the second contract of the collection x.json: the path and the position (0-based),
/// or -1 for a file of one contract.
std::pair<QString, int> splitId(const QString& id) {
    const qsizetype hash = id.lastIndexOf(QLatin1Char('#'));
    bool ok = false;
    const int n = hash > 0 ? id.mid(hash + 1).toInt(&ok) : 0;
    return ok && n > 0 ? std::pair{id.left(hash), n - 1} : std::pair{id, -1};
}

} // namespace

ContractRecord FolderContractSource::load(const QString& id) {
    const auto [path, index] = splitId(id);
    ContractFile file = readContractFile(path);
    ContractRecord record{id, QFileInfo(path).fileName(), std::nullopt, file.errors};
    if (file.errors.isEmpty()) {
        const std::size_t at = index < 0 ? 0 : static_cast<std::size_t>(index);
        if (at < file.contracts.size() && (index >= 0 || file.contracts.size() == 1)) {
            record.contract = std::move(file.contracts[at]);
        } else {
            record.errors << tr("the file no longer holds this contract");
        }
    }
    return record;
}

QString FolderContractSource::save(const QString& id, const Contract& contract) {
    const auto [path, index] = splitId(id);
    if (index < 0) {
        return writeContractFile(path, contract);
    }
    ContractFile file = readContractFile(path);
    if (!file.errors.isEmpty() || static_cast<std::size_t>(index) >= file.contracts.size()) {
        return tr("%1 cannot be updated: it no longer holds this contract").arg(path);
    }
    file.contracts[static_cast<std::size_t>(index)] = contract;
    return writeContractCollection(path, file.contracts);
}

} // namespace attrition::ui
