#pragma once

#include "attrition/domain/contract.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace attrition::ui {

/// One contract a source holds, or why it could not be read.
struct ContractRecord {
    QString id;    ///< where the source keeps it: a file path, a database key
    QString label; ///< what to call it when it cannot be read (a file name)
    std::optional<Contract> contract;
    QStringList errors; ///< why it could not be read, each with where in the file
};

/// Where the contract list comes from: a folder of contract files now, a database later. The list and the
/// main window only speak to this interface.
class ContractSource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    /// A short name for the status bar ("samples").
    virtual QString name() const = 0;
    /// Where it is (a folder path, a database URL).
    virtual QString location() const = 0;
    /// Every contract it holds.
    virtual std::vector<ContractRecord> loadAll() = 0;
    /// One contract, read again.
    virtual ContractRecord load(const QString& id) = 0;
    /// Saves the contract under `id`; returns why it could not, or an empty string.
    virtual QString save(const QString& id, const Contract& contract) = 0;

signals:
    /// What the source holds changed: the list should load it again.
    void changed();
};

/// The contract files (*.json) of a folder, and single files opened from elsewhere. A file holding one
/// contract is listed under its path; a collection file under "path#1", "path#2"...
class FolderContractSource : public ContractSource {
    Q_OBJECT

public:
    explicit FolderContractSource(QString folder, QObject* parent = nullptr);

    QString folder() const { return folder_; }
    void setFolder(const QString& folder);
    /// Lists a file outside the folder too (File > Open File).
    void addFile(const QString& path);

    QString name() const override;
    QString location() const override;
    std::vector<ContractRecord> loadAll() override;
    ContractRecord load(const QString& id) override;
    QString save(const QString& id, const Contract& contract) override;

private:
    QString folder_;
    QStringList extraFiles_;
};

} // namespace attrition::ui
