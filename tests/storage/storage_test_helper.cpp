// A program the storage tests start as another process.
//
//   storage_test_helper hold FILE write|exclusive
//       Holds a lock on an SQLite database until its standard input closes: "write" the write lock
//       (BEGIN IMMEDIATE: others may read), "exclusive" the whole file (others may not even read).
//       Prints "holding" once it has the lock.
//   storage_test_helper save-loop FILE SEED FIRST
//       Saves sample contracts from index FIRST on, revising every third one, until it is killed. After a
//       save has returned it prints "saved REFERENCE VERSION".
//   storage_test_helper open FILE [as-nobody]
//       Opens the database (optionally as the user nobody, when started by root) and saves one contract;
//       prints "open ok" or "open KIND MESSAGE", then "save ok" or "save KIND MESSAGE".
//   storage_test_helper make-fixture FILE|postgresql://USER@HOST:PORT/DB?schema=NAME
//       Writes the fixture database of the current schema version (tests/fixtures/storage): sample
//       contracts with pickup reports and scenarios, then changes, renames and removals for the audit trail,
//       all stamped by a fixed clock.

#include "attrition/domain/clause_defaults.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unistd.h>

using namespace attrition;
using namespace attrition::storage;

namespace {

int hold(const char* file, const std::string& mode) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hold"));
    db.setDatabaseName(QString::fromLocal8Bit(file));
    if (!db.open()) {
        std::printf("error %s\n", db.lastError().text().toLocal8Bit().constData());
        return 1;
    }
    QSqlQuery q(db);
    const QStringList statements = mode == "exclusive"
                                       ? QStringList{QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"),
                                                     QStringLiteral("BEGIN EXCLUSIVE"),
                                                     QStringLiteral("UPDATE schema_version SET name = name")}
                                       : QStringList{QStringLiteral("BEGIN IMMEDIATE"),
                                                     QStringLiteral("UPDATE schema_version SET name = name")};
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            std::printf("error %s\n", q.lastError().text().toLocal8Bit().constData());
            return 1;
        }
        q.finish();
    }
    std::printf("holding\n");
    std::fflush(stdout);
    char buffer[64];
    while (::read(STDIN_FILENO, buffer, sizeof buffer) > 0) {
    }
    q.exec(QStringLiteral("ROLLBACK"));
    return 0;
}

int saveLoop(const char* file, std::uint64_t seed, std::int64_t first) {
    ConnectionSettings settings;
    settings.file = file;
    OpenOptions options;
    options.createIfMissing = true;
    Result<std::unique_ptr<SqlContractRepository>> repo = SqlContractRepository::open(settings, options);
    if (!repo) {
        std::printf("error %s\n", repo.error().message.c_str());
        return 1;
    }
    for (std::int64_t i = first;; ++i) {
        const Contract contract = sampleContract(seed, i);
        Result<SaveReceipt> created = (*repo)->save(contract, kNewContract, "crash-test");
        if (!created) {
            std::printf("error %s\n", created.error().message.c_str());
            return 1;
        }
        std::printf("saved %s 1\n", contract.reference.c_str());
        std::fflush(stdout);
        if (i % 3 == 0) {
            Contract revised = contract;
            revised.notes = "revised";
            Result<SaveReceipt> updated = (*repo)->save(revised, 1, "crash-test");
            if (!updated) {
                std::printf("error %s\n", updated.error().message.c_str());
                return 1;
            }
            std::printf("saved %s 2\n", contract.reference.c_str());
            std::fflush(stdout);
        }
    }
}

int openAndSave(const char* file, bool asNobody) {
    if (asNobody && ::geteuid() == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
            std::printf("error cannot become nobody\n");
            return 1;
        }
    }
    ConnectionSettings settings;
    settings.file = file;
    Result<std::unique_ptr<SqlContractRepository>> repo =
        SqlContractRepository::open(settings, OpenOptions{});
    if (!repo) {
        std::printf("open %s %s\n", std::string(toString(repo.error().kind)).c_str(),
                    repo.error().message.c_str());
        return 0;
    }
    std::printf("open ok\n");
    Result<SaveReceipt> saved = (*repo)->save(sampleContract(1, 999999), kNewContract, "helper");
    if (!saved) {
        std::printf("save %s %s\n", std::string(toString(saved.error().kind)).c_str(),
                    saved.error().message.c_str());
        return 0;
    }
    std::printf("save ok\n");
    return 0;
}

int makeFixture(const char* location) {
    Result<ConnectionSettings> where = connectionFromLocation(location);
    if (!where) {
        std::printf("error %s\n", where.error().message.c_str());
        return 1;
    }
    const ConnectionSettings settings = *where;
    OpenOptions options;
    options.createIfMissing = true;
    auto next = std::make_shared<std::int64_t>(Timestamp::parseIso("2026-11-23T09:00:00.000Z")->msSinceEpoch);
    options.clock = [next] {
        const Timestamp t{*next};
        *next += 1000;
        return t;
    };
    {
        Result<std::unique_ptr<SqlContractRepository>> repo = SqlContractRepository::open(settings, options);
        if (!repo) {
            std::printf("error %s\n", repo.error().message.c_str());
            return 1;
        }
        SqlContractRepository& r = **repo;
        SampleDataOptions sample;
        sample.contracts = 60;
        sample.seed = 11;
        sample.batchSize = 25;
        sample.user = "Ana Ruiz";
        sample.withOutlook = false; // the fixtures' outlooks are the two hotels' below
        if (Result<std::int64_t> saved = populateSampleData(r, sample); !saved) {
            std::printf("error %s\n", saved.error().message.c_str());
            return 1;
        }
        const auto fail = [](const StorageError& e) {
            std::printf("error %s\n", e.message.c_str());
            return 1;
        };
        // Changes by others, a rename, removals: the audit trail of a database in use.
        Result<StoredContract> c3 = r.loadByReference("GRP-0000003");
        if (!c3) {
            return fail(c3.error());
        }
        Contract changed = c3->contract;
        changed.pickup.push_back(PickupEntry{changed.arrival, "ACCESSIBLE", 2});
        changed.notes = "Rooming list received.";
        changed.status = ContractStatus::Definite;
        if (auto saved = r.save(changed, c3->version, "Ben Okafor"); !saved) {
            return fail(saved.error());
        }
        if (auto renamed = r.rename(c3->id, c3->version + 1, "GRP-0000003-R", "Carla Jensen"); !renamed) {
            return fail(renamed.error());
        }
        Result<StoredContract> c7 = r.loadByReference("GRP-0000007");
        if (!c7) {
            return fail(c7.error());
        }
        if (auto removed = r.remove(c7->id, c7->version, "Ben Okafor"); !removed) {
            return fail(removed.error());
        }
        // Since schema version 2: an archived contract, and a removed contract brought back.
        Result<StoredContract> c13 = r.loadByReference("GRP-0000013");
        if (!c13) {
            return fail(c13.error());
        }
        if (auto archived = r.setArchived(c13->id, c13->version, true, "Carla Jensen"); !archived) {
            return fail(archived.error());
        }
        Result<StoredContract> c17 = r.loadByReference("GRP-0000017");
        if (!c17) {
            return fail(c17.error());
        }
        Result<RemovedContract> taken = r.removeKeepingCopy(c17->id, c17->version, "Ben Okafor");
        if (!taken) {
            return fail(taken.error());
        }
        if (auto restored = r.restore(*taken, "Ben Okafor"); !restored) {
            return fail(restored.error());
        }
        Result<StoredContract> c11 = r.loadByReference("GRP-0000011");
        if (!c11) {
            return fail(c11.error());
        }
        if (auto scenarios = r.scenarios(c11->id); scenarios && !scenarios->empty()) {
            if (auto removed = r.removeScenario(c11->id, scenarios->front().scenario.name, "Ana Ruiz");
                !removed) {
                return fail(removed.error());
            }
        }
        // A contract whose clause values are partly the program's defaults (schema version 2 on).
        Result<StoredContract> c5 = r.loadByReference("GRP-0000005");
        if (!c5) {
            return fail(c5.error());
        }
        Contract defaults = c5->contract;
        markProgramDefaults(defaults);
        confirmDefaultsIn(defaults, FieldSection::Cancellation);
        if (auto saved = r.save(defaults, c5->version, "Carla Jensen"); !saved) {
            return fail(saved.error());
        }
        // Since schema version 4: two hotels' outlooks, one night saved again.
        const auto outlookNight = [](const char* night, std::int32_t capacity, std::int64_t demandMicro,
                                     std::int64_t adrMinor, std::int64_t ancillaryMinor, const char* code) {
            const Currency currency = *Currency::fromCode(code);
            return HotelNight{*Date::parseIso(night), capacity, Quantity::fromMicro(demandMicro),
                              Money(adrMinor, currency), Money(ancillaryMinor, currency)};
        };
        const std::vector<HotelNight> dublin{
            outlookNight("2027-03-01", 250, 180'000'000, 18000, 2000, "EUR"),
            outlookNight("2027-03-02", 250, 97'500'000, 15000, 0, "EUR"),
            outlookNight("2027-03-03", 240, 123'456'789, 15555, 1234, "EUR"),
        };
        if (auto saved = r.saveHotelOutlook("Harbour Hotel Dublin", dublin, "Ana Ruiz"); !saved) {
            return fail(saved.error());
        }
        if (auto saved = r.saveHotelOutlook("Harbour Hotel Dublin",
                                            {outlookNight("2027-03-02", 245, 110'000'000, 15500, 500, "EUR")},
                                            "Ben Okafor");
            !saved) {
            return fail(saved.error());
        }
        if (auto saved = r.saveHotelOutlook(
                "Shinagawa Bay Hotel Tokyo",
                {outlookNight("2027-04-10", 600, 512'250'000, 21000, 1500, "JPY")}, "Carla Jensen");
            !saved) {
            return fail(saved.error());
        }
        // Since schema version 5: a contract lost to a competitor, with a note.
        Result<StoredContract> c9 = r.loadByReference("GRP-0000009");
        if (!c9) {
            return fail(c9.error());
        }
        Contract lost = c9->contract;
        lost.status = ContractStatus::Lost;
        lost.lostReason = LostReason::Competitor;
        lost.lostNote = "Went to the convention centre's own hotel: 12% below our rate.";
        lost.cancellationNotice.reset();
        if (auto saved = r.save(lost, c9->version, "Ben Okafor"); !saved) {
            return fail(saved.error());
        }
        // Since schema version 6: the damages of a contract agreed, invoiced, partly paid in two payments and
        // partly waived.
        Result<StoredContract> c4 = r.loadByReference("GRP-0000004");
        if (!c4) {
            return fail(c4.error());
        }
        Contract settled = c4->contract;
        const Date from = settled.cancellationNotice.value_or(settled.arrival);
        settled.settlement.assessed = Money::fromMajor(4800, settled.currency);
        settled.settlement.invoicedOn = from.addDays(14);
        settled.settlement.invoiceNumber = "INV-0004";
        settled.settlement.payments = {
            SettlementPayment{from.addDays(30), Money::fromMajor(2000, settled.currency)},
            SettlementPayment{from.addDays(61), Money::fromMajor(1800, settled.currency)}};
        settled.settlement.waived = Money::fromMajor(1000, settled.currency);
        settled.settlement.waiverReason = "Goodwill: the group rebooks next year.";
        if (auto saved = r.save(settled, c4->version, "Ana Ruiz"); !saved) {
            return fail(saved.error());
        }
    }
    if (settings.engine != Engine::SQLite) {
        std::printf("fixture written\n");
        return 0;
    }
    // One self-contained file: the journal folded in, free pages dropped.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
    db.setDatabaseName(QString::fromStdString(settings.file));
    if (!db.open()) {
        return 1;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    q.exec(QStringLiteral("VACUUM"));
    q.finish();
    db.close();
    std::printf("fixture written\n");
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc >= 4 && std::strcmp(argv[1], "hold") == 0) {
        return hold(argv[2], argv[3]);
    }
    if (argc >= 5 && std::strcmp(argv[1], "save-loop") == 0) {
        return saveLoop(argv[2], std::strtoull(argv[3], nullptr, 10), std::strtoll(argv[4], nullptr, 10));
    }
    if (argc >= 3 && std::strcmp(argv[1], "make-fixture") == 0) {
        return makeFixture(argv[2]);
    }
    if (argc >= 3 && std::strcmp(argv[1], "open") == 0) {
        return openAndSave(argv[2], argc >= 4 && std::strcmp(argv[3], "as-nobody") == 0);
    }
    std::fprintf(stderr,
                 "usage: %s hold FILE write|exclusive | save-loop FILE SEED FIRST | open FILE [as-nobody] | "
                 "make-fixture FILE\n",
                 argv[0]);
    return 2;
}
