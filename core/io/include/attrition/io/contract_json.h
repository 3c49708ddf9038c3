#pragma once

#include "attrition/domain/contract.h"
#include "attrition/domain/pickup_history.h"
#include "attrition/engine/engine.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

namespace attrition::io {

/// The contract file format: "format" names it, "version" is its version.
inline constexpr const char* kContractFormat = "attrition-desk/contract";
/// Several contracts in one file: {"format": "attrition-desk/contracts", "version": 1, "contracts": [...]}.
inline constexpr const char* kCollectionFormat = "attrition-desk/contracts";
inline constexpr int kFormatVersion = 1;

/// One problem found while reading: where it is, as a JSON path ("$.block[2].rooms"), and what is wrong.
/// A problem with the file as a whole (unreadable, malformed JSON) has an empty path.
struct ReadError {
    QString path;
    QString message;

    /// "$.block[2].rooms: expected a whole number, found 2.5".
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }

    friend bool operator==(const ReadError&, const ReadError&) = default;
};

/// What reading gives: every contract of the file, or (if anything is wrong) none and every problem found.
/// Nothing is returned half-read.
struct ReadResult {
    std::vector<Contract> contracts;
    /// Each contract's pickup reports ("pickupHistory", optional), in the same order as `contracts`: an
    /// empty list for a contract given without them.
    std::vector<std::vector<PickupSnapshot>> histories;
    /// The JSON path of each contract's object, in the same order: "$" for a file of one contract,
    /// "$.contracts[3]" in a collection. Validation problems are reported under these paths.
    std::vector<QString> paths;
    std::vector<ReadError> errors;

    bool ok() const noexcept { return errors.empty(); }
};

/// Reads a file holding one contract object, or a collection {"format": "attrition-desk/contracts",
/// "version": 1, "contracts": [...]} (a collection may also be written with the format
/// "attrition-desk/contract" and a "contracts" list).
ReadResult readContracts(const QByteArray& json);
/// As readContracts, where exactly one contract is expected (a single contract, or a collection of one).
ReadResult readContract(const QByteArray& json);
/// The contracts of a large collection handed, while the file is still being read, to another thread in the
/// order of the file (readContractFile with a stream). The reader publishes each contract once it and every
/// one before it is read; the other thread takes them with next(). A contract taken stays where it is (in
/// the ReadResult the reading returns) and is not changed again. If the reading finds any problem, or the
/// file is not one read so, the stream stops: the taker then gets no more and must use none of the
/// contracts it took, and the reading returns its result as without a stream.
class ContractStream {
public:
    struct Item {
        const Contract* contract = nullptr;
        const std::vector<PickupSnapshot>* history = nullptr;
    };

    /// Taker: the next contract in the order of the file, waiting for it; nullptr when there are no more
    /// (complete() then tells whether every contract of the file was given and read without a problem). A
    /// taker that gets nullptr uses none of the contracts again.
    Item next();
    /// Taker: true when the reading ended without a problem and every contract was given.
    bool complete() const;
    /// Taker: the number of contracts of the file; known once next() gave one.
    std::size_t count() const;
    /// Taker: it will take no more and uses none of the contracts it took (next() giving nullptr does this).
    void release();

    /// Reader: the contracts and histories to be published, sized already; their elements stay where they
    /// are (the vectors may be moved, not resized) until the taker lets go.
    void begin(const std::vector<Contract>& contracts,
               const std::vector<std::vector<PickupSnapshot>>& histories);
    /// Reader: contract `index` is read (the first half of the file and the second are read apart, each
    /// in order).
    void publish(std::size_t index);
    /// Reader: every contract is read, without a problem.
    void finish();
    /// Reader: the contracts are not to be used; waits until the taker has let go of them.
    void stop();
    /// Reader: the reading is done; a stream neither finished nor stopped is stopped.
    void close();

private:
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    const Contract* contracts_ = nullptr; ///< where the vectors given to begin() hold them (moved with them)
    const std::vector<PickupSnapshot>* histories_ = nullptr;
    std::vector<char> ready_;
    std::size_t taken_ = 0;
    bool finished_ = false;
    bool stopped_ = false;
    bool released_ = false;
};

/// As readContracts, from a file. A missing or unreadable file gives one error with an empty path; the
/// messages never repeat the file name, which the caller shows beside them. With a stream, the contracts
/// of a large collection are also handed to it as they are read (see ContractStream); the caller closes the
/// stream when this returns.
ReadResult readContractFile(const QString& fileName, ContractStream* stream = nullptr);

/// The JSON path of an engine validation field under the contract at `root`:
/// "block[2].rooms" -> "$.block[2].rooms"; "" -> "$".
QString jsonPathOf(const std::string& field, const QString& root = QStringLiteral("$"));

/// The engine's validation of a contract read from a file, as read errors with JSON paths under `root`
/// and English messages. Empty when the contract can be assessed.
std::vector<ReadError> validationErrors(const Contract& contract, const QString& root = QStringLiteral("$"));

/// One contract as a JSON object, with "format" and "version", and its pickup reports as "pickupHistory"
/// when there are any. Reading it back gives the same contract, field by field, and the same reports.
QJsonObject contractToJson(const Contract& contract, const std::vector<PickupSnapshot>& history = {});
/// One contract as a complete file (indented UTF-8 JSON).
QByteArray writeContract(const Contract& contract, const std::vector<PickupSnapshot>& history = {});
/// Several contracts as one collection file; `histories` is empty or holds each contract's pickup reports,
/// in the order of `contracts`.
QByteArray writeContracts(const std::vector<Contract>& contracts,
                          const std::vector<std::vector<PickupSnapshot>>& histories = {});

} // namespace attrition::io
