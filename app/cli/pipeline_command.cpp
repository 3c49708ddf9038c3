// attrition-cli pipeline: the sales pipeline of the stored contracts that pass the filters.

#include "attrition/engine/pipeline.h"
#include "attrition/io/csv.h"
#include "cli_support.h"

#include <QJsonArray>
#include <algorithm>

namespace attrition::cli {
namespace {

QString text(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString monthText(int year, int month) {
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'));
}

QString code(Currency c) {
    return c.isValid() ? text(c.code()) : QString();
}

/// A percentage for programs: points with up to four decimals, or empty.
QString points(const std::optional<Percent>& p) {
    return p ? text(p->toPointsString()) : QString();
}

QJsonValue jsonPoints(const std::optional<Percent>& p) {
    return p ? QJsonValue(text(p->toPointsString())) : QJsonValue();
}

QString decimal(const Money& m) {
    return text(m.toDecimalString());
}

QString stageText(PipelineStage stage) {
    switch (stage) {
    case PipelineStage::Prospect:
        return io::statusText(ContractStatus::Prospect);
    case PipelineStage::Tentative:
        return io::statusText(ContractStatus::Tentative);
    case PipelineStage::Definite:
        return io::statusText(ContractStatus::Definite);
    case PipelineStage::Actualized:
        return io::statusText(ContractStatus::Actualized);
    case PipelineStage::Lost:
        return io::statusText(ContractStatus::Lost);
    case PipelineStage::Cancelled:
        return io::statusText(ContractStatus::Cancelled);
    }
    return {};
}

QJsonObject json(const Pipeline& p, const QString& database) {
    QJsonArray rows;
    for (const PipelineRow& r : p.rows) {
        const PipelineFigures& f = r.figures;
        rows.append(QJsonObject{{"stage", text(toString(r.stage))},
                                {"month", monthText(r.year, r.month)},
                                {"currency", code(r.currency)},
                                {"contracts", static_cast<qint64>(f.contracts)},
                                {"roomNights", static_cast<qint64>(f.roomNights)},
                                {"roomRevenue", decimal(f.roomRevenue)},
                                {"foodBeverageMinimum", decimal(f.foodBeverageMinimum)},
                                {"damages", decimal(f.damages)},
                                {"notMeasured", static_cast<qint64>(f.notMeasured)}});
    }
    const auto washJson = [](const PipelineWash& w) {
        QJsonObject o{{"groups", static_cast<qint64>(w.groups)},
                      {"blockRoomNights", static_cast<qint64>(w.blockRoomNights)},
                      {"pickupRoomNights", static_cast<qint64>(w.pickupRoomNights)},
                      {"pickup", jsonPoints(w.pickup)},
                      {"wash", jsonPoints(w.wash)}};
        if (w.year != 0) {
            o.insert(QStringLiteral("month"), monthText(w.year, w.month));
        }
        return o;
    };
    QJsonArray washByMonth;
    for (const PipelineWash& w : p.washByMonth) {
        washByMonth.append(washJson(w));
    }
    QJsonArray damages;
    for (const PipelineDamages& d : p.damages) {
        damages.append(QJsonObject{{"month", monthText(d.year, d.month)},
                                   {"currency", code(d.currency)},
                                   {"actualizedGroups", static_cast<qint64>(d.actualizedGroups)},
                                   {"actualized", decimal(d.actualized)},
                                   {"cancelledGroups", static_cast<qint64>(d.cancelledGroups)},
                                   {"cancelled", decimal(d.cancelled)},
                                   {"total", decimal(d.total)},
                                   {"collected", decimal(d.collected)},
                                   {"waived", decimal(d.waived)}});
    }
    QJsonArray invalid;
    for (const std::string& reference : p.invalid) {
        invalid.append(QString::fromStdString(reference));
    }
    return QJsonObject{{"database", database},
                       {"contracts", static_cast<qint64>(p.contracts)},
                       {"rows", rows},
                       {"conversion", QJsonObject{{"won", static_cast<qint64>(p.conversion.won)},
                                                  {"lost", static_cast<qint64>(p.conversion.lost)},
                                                  {"open", static_cast<qint64>(p.conversion.open)},
                                                  {"rate", jsonPoints(p.conversion.rate)}}},
                       {"wash", washJson(p.wash)},
                       {"washByMonth", washByMonth},
                       {"damagesAssessed", damages},
                       {"invalid", invalid}};
}

/// One table of records: the stage rows, then the wash and the damages assessed, each record saying which
/// table it belongs to in its first column.
QByteArray csv(const Pipeline& p) {
    std::vector<std::vector<QString>> records;
    records.push_back({"table", "stage", "month", "currency", "contracts", "room_nights", "room_revenue",
                       "fb_minimum", "damages", "not_measured"});
    for (const PipelineRow& r : p.rows) {
        const PipelineFigures& f = r.figures;
        records.push_back({"pipeline", text(toString(r.stage)), monthText(r.year, r.month), code(r.currency),
                           QString::number(f.contracts), QString::number(f.roomNights),
                           decimal(f.roomRevenue), decimal(f.foodBeverageMinimum), decimal(f.damages),
                           QString::number(f.notMeasured)});
    }
    records.push_back({"table", "month", "groups", "block_room_nights", "pickup_room_nights",
                       "pickup_percent", "wash_percent"});
    const auto washRecord = [](const PipelineWash& w, const QString& month) {
        return std::vector<QString>{"wash",
                                    month,
                                    QString::number(w.groups),
                                    QString::number(w.blockRoomNights),
                                    QString::number(w.pickupRoomNights),
                                    points(w.pickup),
                                    points(w.wash)};
    };
    for (const PipelineWash& w : p.washByMonth) {
        records.push_back(washRecord(w, monthText(w.year, w.month)));
    }
    records.push_back(washRecord(p.wash, QStringLiteral("all")));
    records.push_back({"table", "month", "currency", "actualized_groups", "actualized", "cancelled_groups",
                       "cancelled", "total", "collected", "waived"});
    for (const PipelineDamages& d : p.damages) {
        records.push_back({"damages", monthText(d.year, d.month), code(d.currency),
                           QString::number(d.actualizedGroups), decimal(d.actualized),
                           QString::number(d.cancelledGroups), decimal(d.cancelled), decimal(d.total),
                           decimal(d.collected), decimal(d.waived)});
    }
    records.push_back({"table", "won", "lost", "open", "conversion_percent"});
    records.push_back({"conversion", QString::number(p.conversion.won), QString::number(p.conversion.lost),
                       QString::number(p.conversion.open), points(p.conversion.rate)});
    return io::writeCsv(records);
}

/// Columns laid out for people: each as wide as its widest cell, text left and figures right.
class Table {
public:
    explicit Table(QStringList headings, int leftColumns)
        : left_(leftColumns) {
        rows_.push_back(std::move(headings));
    }
    void add(QStringList cells) { rows_.push_back(std::move(cells)); }
    QString toText() const {
        QList<qsizetype> widths(rows_.front().size(), 0);
        for (const QStringList& row : rows_) {
            for (qsizetype i = 0; i < row.size(); ++i) {
                widths[i] = std::max(widths[i], row[i].size());
            }
        }
        QString out;
        for (const QStringList& row : rows_) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                line += (i == 0 ? QString() : QStringLiteral("  ")) +
                        (i < left_ ? row[i].leftJustified(widths[i]) : row[i].rightJustified(widths[i]));
            }
            while (line.endsWith(QLatin1Char(' '))) {
                line.chop(1);
            }
            out += line + QLatin1Char('\n');
        }
        return out;
    }

private:
    std::vector<QStringList> rows_;
    int left_;
};

QString peopleText(const Pipeline& p, const QString& database) {
    // In the language's notation, or in the program's own (English) when the language has none.
    const io::TextNotation notation = textNotation();
    struct {
        const io::TextNotation& notation;
        QString amount(const Money& m) const {
            return notation.amount ? notation.amount(m) : QString::fromStdString(m.toDisplayString());
        }
    } n{notation};
    // Shares read to one decimal, rounded half up (JSON and CSV keep the exact figure).
    const auto percent = [&](const std::optional<Percent>& v) {
        if (!v) {
            return QStringLiteral("-");
        }
        const std::int64_t ppm = v->partsPerMillion();
        const std::int64_t tenths = ppm >= 0 ? (ppm + 500) / 1000 : -((-ppm + 500) / 1000);
        const Percent shown = Percent::fromPartsPerMillion(tenths * 1000);
        return notation.percent ? notation.percent(shown) : QString::fromStdString(shown.toString());
    };
    QString out = Cli::tr("Sales pipeline of %n contracts in %1", nullptr, static_cast<int>(p.contracts))
                      .arg(database) +
                  QStringLiteral("\n\n");
    const QStringList headings{Cli::tr("Stage"),       Cli::tr("Arrival"),     Cli::tr("Currency"),
                               Cli::tr("Contracts"),   Cli::tr("Room nights"), Cli::tr("Room revenue"),
                               Cli::tr("F&B minimum"), Cli::tr("Damages"),     Cli::tr("Not measured")};
    Table open(headings, 3);
    Table apart(headings, 3);
    for (const PipelineRow& r : p.rows) {
        const PipelineFigures& f = r.figures;
        const QStringList cells{stageText(r.stage),
                                monthText(r.year, r.month),
                                code(r.currency),
                                QString::number(f.contracts),
                                QString::number(f.roomNights),
                                n.amount(f.roomRevenue),
                                n.amount(f.foodBeverageMinimum),
                                n.amount(f.damages),
                                QString::number(f.notMeasured)};
        (r.stage == PipelineStage::Lost || r.stage == PipelineStage::Cancelled ? apart : open).add(cells);
    }
    out += open.toText() + QLatin1Char('\n');
    out += Cli::tr("Lost and cancelled:") + QLatin1Char('\n') + apart.toText() + QLatin1Char('\n');
    out +=
        Cli::tr("Damages: what the engine assesses at the pickup on the books (the cancellation fee after a "
                "notice; nothing for a lost contract). Not measured: upcoming contracts with no pickup "
                "recorded yet, counted as owing nothing.") +
        QStringLiteral("\n\n");

    out += Cli::tr("Conversion: %1 won (definite or actualized), %2 lost, %3 still open (prospect or "
                   "tentative): %4 of the decided contracts were won.")
               .arg(p.conversion.won)
               .arg(p.conversion.lost)
               .arg(p.conversion.open)
               .arg(percent(p.conversion.rate)) +
           QStringLiteral("\n\n");

    out += Cli::tr("Wash of the actualized groups (final pickup against the original block):") +
           QLatin1Char('\n');
    Table wash({Cli::tr("Arrival"), Cli::tr("Groups"), Cli::tr("Block"), Cli::tr("Pickup"),
                Cli::tr("Pickup %"), Cli::tr("Wash")},
               1);
    const auto washRow = [&](const PipelineWash& w, const QString& month) {
        wash.add({month, QString::number(w.groups), QString::number(w.blockRoomNights),
                  QString::number(w.pickupRoomNights), percent(w.pickup), percent(w.wash)});
    };
    for (const PipelineWash& w : p.washByMonth) {
        washRow(w, monthText(w.year, w.month));
    }
    washRow(p.wash, Cli::tr("All"));
    out += wash.toText() + QLatin1Char('\n');

    out += Cli::tr("Damages assessed by the engine, by arrival month, with what the settlements record as "
                   "collected and waived:") +
           QLatin1Char('\n');
    Table damages({Cli::tr("Arrival"), Cli::tr("Currency"), Cli::tr("Actualized"), Cli::tr("Damages"),
                   Cli::tr("Cancelled"), Cli::tr("Fees"), Cli::tr("Total"), Cli::tr("Collected"),
                   Cli::tr("Waived")},
                  2);
    for (const PipelineDamages& d : p.damages) {
        damages.add({monthText(d.year, d.month), code(d.currency), QString::number(d.actualizedGroups),
                     n.amount(d.actualized), QString::number(d.cancelledGroups), n.amount(d.cancelled),
                     n.amount(d.total), n.amount(d.collected), n.amount(d.waived)});
    }
    out += damages.toText();
    if (!p.invalid.empty()) {
        QStringList references;
        for (const std::string& reference : p.invalid) {
            references << QString::fromStdString(reference);
        }
        out += QLatin1Char('\n') +
               Cli::tr("Left out, the engine refuses them (attrition-cli assess --db REF says why): %1")
                   .arg(references.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    }
    return out;
}

} // namespace

int pipelineCommand(const QStringList& words) {
    const Arguments a = parseDatabaseArguments(words, {"from", "to"}, {"json", "csv"}, true);
    if (a.help) {
        return help(QStringLiteral("pipeline"));
    }
    if (!a.problem.isEmpty()) {
        return usage(a.problem);
    }
    if (!a.positional.isEmpty()) {
        return usage(Cli::tr("pipeline takes no file; it reads the database (--database)"));
    }
    if (a.has("json") && a.has("csv")) {
        return usage(Cli::tr("give --json or --csv, not both"));
    }
    QString problem;
    storage::ContractFilter filter = filterOf(a, problem);
    // --from and --to: the arrival range, as --arriving-from and --arriving-to.
    for (const auto& [name, target] :
         {std::pair{"from", &filter.arrivalFrom}, std::pair{"to", &filter.arrivalTo}}) {
        if (a.given(name)) {
            *target = Date::parseIso(a.value(name).toStdString());
            if (!*target) {
                problem = Cli::tr("--%1: expected a date written YYYY-MM-DD, found \"%2\"")
                              .arg(QLatin1String(name), a.value(name));
            }
        }
    }
    if (!problem.isEmpty()) {
        return usage(problem);
    }
    auto repository = openDatabase(a);
    if (!repository) {
        return kInvalid;
    }
    std::vector<Contract> contracts;
    if (!visitStored(*repository, filter,
                     [&](const storage::StoredContract& c) { contracts.push_back(c.contract); })) {
        return kInvalid;
    }
    const Pipeline p = pipeline(contracts);
    const QString database = QString::fromStdString(repository->location());
    if (a.has("json")) {
        printJson(json(p, database));
    } else if (a.has("csv")) {
        out() << QString::fromUtf8(csv(p));
    } else {
        out() << peopleText(p, database);
    }
    return kOk;
}

} // namespace attrition::cli
