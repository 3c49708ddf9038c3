#include "attrition/storage/connection.h"
#include "attrition/storage/repository.h"
#include "attrition/storage/result.h"

#include <array>
#include <utility>

namespace attrition::storage {

namespace {

constexpr std::array<std::pair<AuditAction, std::string_view>, 12> kAuditActions{{
    {AuditAction::ContractCreated, "contract-created"},
    {AuditAction::ContractChanged, "contract-changed"},
    {AuditAction::ContractRenamed, "contract-renamed"},
    {AuditAction::ContractRemoved, "contract-removed"},
    {AuditAction::SnapshotRecorded, "snapshot-recorded"},
    {AuditAction::SnapshotRemoved, "snapshot-removed"},
    {AuditAction::ScenarioSaved, "scenario-saved"},
    {AuditAction::ScenarioRemoved, "scenario-removed"},
    {AuditAction::ContractArchived, "contract-archived"},
    {AuditAction::ContractUnarchived, "contract-unarchived"},
    {AuditAction::ContractRestored, "contract-restored"},
    {AuditAction::OutlookSaved, "outlook-saved"},
}};

} // namespace

std::string_view toString(ErrorKind kind) noexcept {
    switch (kind) {
    case ErrorKind::NotFound:
        return "not-found";
    case ErrorKind::Conflict:
        return "conflict";
    case ErrorKind::AlreadyExists:
        return "already-exists";
    case ErrorKind::ReadOnly:
        return "read-only";
    case ErrorKind::Locked:
        return "locked";
    case ErrorKind::Corrupt:
        return "corrupt";
    case ErrorKind::NewerSchema:
        return "newer-schema";
    case ErrorKind::Connection:
        return "connection";
    case ErrorKind::InvalidData:
        return "invalid-data";
    case ErrorKind::InvalidArgument:
        return "invalid-argument";
    case ErrorKind::Failed:
        return "failed";
    }
    return "failed";
}

std::string_view toString(AuditAction action) noexcept {
    for (const auto& [value, name] : kAuditActions) {
        if (value == action) {
            return name;
        }
    }
    return kAuditActions[0].second;
}

std::optional<AuditAction> auditActionFromString(std::string_view text) noexcept {
    for (const auto& [value, name] : kAuditActions) {
        if (name == text) {
            return value;
        }
    }
    return std::nullopt;
}

std::string_view toString(Engine engine) noexcept {
    return engine == Engine::PostgreSQL ? "postgresql" : "sqlite";
}

std::optional<Engine> engineFromString(std::string_view text) noexcept {
    if (text == "sqlite") {
        return Engine::SQLite;
    }
    if (text == "postgresql") {
        return Engine::PostgreSQL;
    }
    return std::nullopt;
}

} // namespace attrition::storage
