#include "session/contractfiles.h"

#include "attrition/io/contract_json.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace attrition::ui {

namespace {

struct Files {
    Q_DECLARE_TR_FUNCTIONS(Files)
};

QString save(const QString& path, const QByteArray& bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Files::tr("%1 cannot be written: %2").arg(path, file.errorString());
    }
    return {};
}

} // namespace

ContractFile readContractFile(const QString& path) {
    io::ReadResult read = io::readContractFile(path);
    ContractFile out;
    for (const io::ReadError& e : read.errors) {
        out.errors << e.toString();
    }
    if (read.ok()) {
        out.contracts = std::move(read.contracts);
        out.histories = std::move(read.histories);
    }
    return out;
}

QString writeContractFile(const QString& path, const Contract& contract,
                          const std::vector<PickupSnapshot>& history) {
    return save(path, io::writeContract(contract, history));
}

QString writeContractCollection(const QString& path, const std::vector<Contract>& contracts,
                                const std::vector<std::vector<PickupSnapshot>>& histories) {
    return save(path, io::writeContracts(contracts, histories));
}

} // namespace attrition::ui
