// The contract and its what-if scenarios side by side, and the scenario comparison as a spreadsheet.

#include "attrition/io/csv.h"
#include "charts/scenariocurveschart.h"
#include "models/scenariocomparisonmodel.h"
#include "models/scenarioset.h"
#include "reports/reportbuilder.h"
#include "reports/spreadsheets.h"
#include "session/contractdocument.h"
#include "text/values.h"

#include <QCoreApplication>
#include <algorithm>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

using Row = ReportBuilder::Row;
using RowStyle = ReportBuilder::RowStyle;

/// What a scenario changes, in words.
QStringList overridesText(const ScenarioOverrides& o) {
    QStringList t;
    if (o.uniformPickup) {
        t << Texts::tr("pickup %1 of the block on every night").arg(formatPercent(*o.uniformPickup));
    } else if (o.pickup) {
        std::int64_t rooms = 0;
        for (const PickupEntry& e : *o.pickup) {
            rooms += e.rooms;
        }
        t << Texts::tr("pickup set night by night: %1 room nights").arg(formatCount(rooms));
    }
    if (o.foodBeverageSpend) {
        t << Texts::tr("F&B spend %1").arg(formatMoneyWithCode(*o.foodBeverageSpend));
    }
    if (o.resale) {
        std::int64_t rooms = 0;
        for (const ResaleEntry& e : *o.resale) {
            rooms += e.roomNights;
        }
        t << Texts::tr("%1 room nights resold").arg(formatCount(rooms));
    }
    if (o.withoutCancellation) {
        t << Texts::tr("as if the group had not cancelled");
    } else if (o.cancellationNotice) {
        t << Texts::tr("cancellation notice received %1").arg(formatDate(*o.cancellationNotice));
    }
    if (t.isEmpty()) {
        t << Texts::tr("nothing: the contract as recorded");
    }
    return t;
}

/// The comparison model of the contract and its scenarios, and what it needs to live.
struct Comparison {
    ContractDocument* document;
    ScenarioSet* set;
    ScenarioComparisonModel* model;

    Comparison(const Contract& contract, const std::vector<Scenario>& scenarios, QObject* parent,
               std::vector<RebookingCredit> credits = {})
        : document(new ContractDocument(parent))
        , set(new ScenarioSet(parent))
        , model(new ScenarioComparisonModel(document, set, parent)) {
        document->load(contract, {}, std::move(credits));
        set->reset(scenarios);
        model->recompute();
    }
};

QString columnName(const ScenarioComparisonModel* model, int column) {
    return model->headerData(column, Qt::Horizontal).toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

std::unique_ptr<Report> scenarioReport(const Contract& contract, const std::vector<Scenario>& scenarios,
                                       const ReportOptions& options) {
    ReportBuilder b(Texts::tr("Scenario comparison"), contractSubject(contract), options,
                    text(contract.hotel));
    const Comparison comparison(contract, scenarios, b.host(), options.credits);
    const ScenarioComparisonModel* model = comparison.model;

    b.titleBlock(Texts::tr("Scenario comparison"),
                 contract.groupName.empty() ? text(contract.reference) : text(contract.groupName),
                 text(contract.hotel));
    b.facts(contractFacts(contract, options));

    b.heading(Texts::tr("What each scenario changes"));
    QStringList changes;
    for (const Scenario& s : scenarios) {
        changes << Texts::tr("%1: %2").arg(text(s.name),
                                           overridesText(s.overrides).join(QStringLiteral("; ")));
    }
    if (changes.isEmpty()) {
        b.paragraph(Texts::tr("The contract has no scenarios: only its own figures are shown."),
                    ReportBuilder::Tone::Muted);
    }
    b.bullets(changes);

    b.heading(Texts::tr("Side by side"));
    b.paragraph(Texts::tr("Amounts in %1. Under each scenario's figure, its difference from the contract.")
                    .arg(currencyCode(contract.currency)),
                ReportBuilder::Tone::Muted);
    const int columns = model->columnCount();
    QStringList headers{QString()};
    for (int c = 0; c < columns; ++c) {
        headers << model->headerData(c, Qt::Horizontal).toString();
    }
    std::vector<Row> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r == ScenarioComparisonModel::CreditsRow && comparison.document->credits().empty()) {
            continue; // no other contract grants this one a rebooking credit
        }
        Row row;
        row.cells << model->headerData(r, Qt::Vertical).toString();
        row.notes << QString();
        for (int c = 0; c < columns; ++c) {
            row.cells << model->index(r, c).data().toString();
            row.notes << model->index(r, c).data(ScenarioComparisonModel::DeltaRole).toString();
        }
        if (r == ScenarioComparisonModel::TotalOwedRow) {
            row.style = RowStyle::Total;
        } else if (r == ScenarioComparisonModel::NetDueRow) {
            row.style = RowStyle::Grand;
        }
        rows.push_back(row);
    }
    std::vector<double> widths{columns > 4 ? 16.0 : 22.0};
    std::vector<int> right;
    for (int c = 0; c < columns; ++c) {
        widths.push_back((100.0 - widths.front()) / columns);
        right.push_back(c + 1);
    }
    b.table(headers, rows, widths, right);
    QStringList problems;
    for (int c = 1; c < columns; ++c) {
        const ScenarioResult& result = model->results()[static_cast<std::size_t>(c)];
        if (!result.problem.isEmpty()) {
            problems << Texts::tr("%1: %2").arg(columnName(model, c), result.problem);
        }
    }
    b.bullets(problems, ReportBuilder::Tone::Error);

    b.heading(Texts::tr("Damages owed against pickup"), columns > 3);
    QString about =
        Texts::tr("The curve of each scenario, as pickup runs from 0% to 150% of the block; the dots "
                  "mark each one's own pickup.");
    const auto& results = model->results();
    if (std::any_of(results.begin(), results.end(),
                    [](const ScenarioResult& r) { return r.assessment && r.assessment->cancelled; })) {
        about +=
            QLatin1Char(' ') + Texts::tr("A cancelled group owes its cancellation fee whatever its pickup: "
                                         "its line is flat, without a dot.");
    }
    b.paragraph(about, ReportBuilder::Tone::Muted);
    auto* curves = new ScenarioCurvesChart(comparison.model, b.host());
    b.chart(curves->chart(), 0.36);
    return b.finish();
}

QByteArray scenarioComparisonCsv(const Contract& contract, const std::vector<Scenario>& scenarios) {
    QObject parent;
    const Comparison comparison(contract, scenarios, &parent);
    const ScenarioComparisonModel* model = comparison.model;
    const int columns = model->columnCount();
    std::vector<std::vector<QString>> records;
    std::vector<QString> header{Texts::tr("Figure"), Texts::tr("Currency")};
    for (int c = 0; c < columns; ++c) {
        header.push_back(columnName(model, c));
        if (c > 0) {
            header.push_back(Texts::tr("%1, difference").arg(columnName(model, c)));
        }
    }
    records.push_back(header);
    // Plain decimals that any spreadsheet reads the same way, whatever the locale.
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    for (int r = 0; r < model->rowCount(); ++r) {
        if (r == ScenarioComparisonModel::CreditsRow && comparison.document->credits().empty()) {
            continue; // no other contract grants this one a rebooking credit
        }
        std::vector<QString> record{
            model->headerData(r, Qt::Vertical).toString(),
            r == ScenarioComparisonModel::PickupRow ? QStringLiteral("%") : currencyCode(contract.currency)};
        for (int c = 0; c < columns; ++c) {
            QString value = model->index(r, c).data().toString();
            if (value == QStringLiteral("\u2014")) {
                value.clear();
            }
            record.push_back(value.remove(QLatin1Char('%')));
            if (c > 0) {
                QString delta = model->index(r, c).data(ScenarioComparisonModel::DeltaRole).toString();
                if (delta == ScenarioComparisonModel::tr("no change")) {
                    delta = QStringLiteral("0");
                }
                record.push_back(delta.remove(QLatin1Char('%')).remove(QLatin1Char('+')));
            }
        }
        records.push_back(record);
    }
    QLocale::setDefault(before);
    return io::writeCsv(records);
}

} // namespace attrition::ui
