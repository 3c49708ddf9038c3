#include "session/contractdocument.h"

#include "attrition/domain/clause_defaults.h"
#include "session/snapshotcommand.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QElapsedTimer>
#include <QUndoStack>
#include <algorithm>
#include <exception>

namespace attrition::ui {

namespace {

/// The longest span of notice dates the cancellation chart sweeps (ten years before arrival).
constexpr std::int32_t kMaxSweepDays = 3660;

QString utf8(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

/// One undoable change of the contract.
using EditCommand = SnapshotCommand<ContractDocument, Contract, 1>;

QString creditCurrencyProblem(const Contract& contract, std::span<const RebookingCredit> credits) {
    for (const RebookingCredit& credit : credits) {
        if (credit.amount.currency() != contract.currency) {
            //: %1 the contract granting the credit, %2 its amount, %3 the contract assessed, %4 its currency.
            return ContractDocument::tr(
                       "Contract %1 grants a rebooking credit of %2 on contract %3, which is in %4: a credit "
                       "in another currency cannot be applied. Correct the credit in the settlement of %1.")
                .arg(utf8(credit.fromContract), formatMoneyWithCode(credit.amount), utf8(contract.reference),
                     utf8(contract.currency.code()));
        }
    }
    return {};
}

Results computeResults(const Contract& contract, std::span<const RebookingCredit> credits) {
    QElapsedTimer timer;
    timer.start();
    Results r;
    r.issues = validate(contract);
    r.warnings = validationWarnings(contract);
    if (r.issues.empty()) {
        try {
            r.assessment = assess(contract, {}, credits);
            if (contract.cancellationNotice) {
                Contract uncancelled = contract;
                uncancelled.cancellationNotice.reset();
                r.pickupSweep = sweepPickup(uncancelled, 0, 150, 1);
            } else {
                r.pickupSweep = sweepPickup(contract, 0, 150, 1);
            }
            const Date from = std::max(contract.signedOn, contract.arrival.addDays(-kMaxSweepDays));
            r.cancellationSweep = sweepCancellation(contract, from, contract.arrival);
        } catch (const CurrencyMismatch& e) {
            r.assessment.reset();
            r.pickupSweep.clear();
            r.cancellationSweep.clear();
            r.failure = creditCurrencyProblem(contract, credits);
            if (r.failure.isEmpty()) {
                r.failure = QString::fromUtf8(e.what());
            }
        } catch (const std::exception& e) {
            r.assessment.reset();
            r.pickupSweep.clear();
            r.cancellationSweep.clear();
            r.failure = QString::fromUtf8(e.what());
        }
    }
    r.nanoseconds = timer.nsecsElapsed();
    return r;
}

ContractDocument::ContractDocument(QObject* parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this)) {
    connect(undoStack_, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    recalculate();
}

ContractDocument::~ContractDocument() {
    // The commands refer to this document: drop them before it goes.
    undoStack_->clear();
}

void ContractDocument::load(Contract contract, const QString& sourceId,
                            std::vector<RebookingCredit> credits) {
    const bool wasModified = isModified();
    undoStack_->clear();
    contract_ = std::move(contract);
    credits_ = std::move(credits);
    setSourceId(sourceId);
    recalculate();
    emit contractLoaded();
    emit contractChanged();
    if (wasModified) {
        emit modifiedChanged(false);
    }
}

void ContractDocument::setCredits(std::vector<RebookingCredit> credits) {
    if (credits == credits_) {
        return;
    }
    credits_ = std::move(credits);
    recalculate();
    emit contractChanged();
}

void ContractDocument::setSourceId(const QString& sourceId) {
    if (sourceId_ != sourceId) {
        sourceId_ = sourceId;
        emit sourceIdChanged(sourceId_);
    }
}

bool ContractDocument::isModified() const {
    return !undoStack_->isClean();
}

void ContractDocument::setSaved() {
    undoStack_->setClean();
}

void ContractDocument::edit(const QString& text, const QString& mergeKey,
                            const std::function<void(Contract&)>& change) {
    Contract after = contract_;
    change(after);
    // A program default the user changed is the user's value now: it is confirmed by the same edit (and
    // comes back unconfirmed with its undo).
    confirmChangedDefaults(contract_, after);
    undoStack_->push(new EditCommand(this, text, mergeKey, mergeSession_, contract_, std::move(after)));
}

QString ContractDocument::issueAt(const QString& path) const {
    const auto found = issueByPath_.constFind(path);
    return found != issueByPath_.constEnd() ? messageText(results_.issues[*found].message) : QString();
}

std::vector<const ValidationIssue*> ContractDocument::issuesUnder(const QString& path) const {
    std::vector<const ValidationIssue*> out;
    const std::string prefix = path.toStdString();
    for (const ValidationIssue& issue : results_.issues) {
        const std::string& f = issue.field;
        if (f.size() >= prefix.size() && f.compare(0, prefix.size(), prefix) == 0 &&
            (f.size() == prefix.size() || f[prefix.size()] == '[' || f[prefix.size()] == '.')) {
            out.push_back(&issue);
        }
    }
    return out;
}

void ContractDocument::apply(const Contract& contract) {
    contract_ = contract;
    recalculate();
    emit contractChanged();
}

void ContractDocument::recalculate() {
    results_ = computeResults(contract_, credits_);
    issueByPath_.clear();
    for (std::size_t i = 0; i < results_.issues.size(); ++i) {
        const QString path = fieldPath(results_.issues[i]);
        if (!issueByPath_.contains(path)) {
            issueByPath_.insert(path, i);
        }
    }
}

} // namespace attrition::ui
