#include "scenario_grid_command.h"

#include "attrition/engine/engine.h"
#include "attrition/io/scenario_grid.h"

#include <QFile>
#include <cstdio>
#include <string>
#include <vector>

namespace attrition::cli {
namespace {

void appendCsvField(std::string& line, const std::string& text) {
    const bool quote = text.find_first_of(",;\t\"\r\n") != std::string::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        line += text;
        return;
    }
    line += '"';
    for (const char ch : text) {
        if (ch == '"') {
            line += '"';
        }
        line += ch;
    }
    line += '"';
}

void appendJsonString(std::string& line, const std::string& text) {
    static const char* hex = "0123456789abcdef";
    line += '"';
    for (const char ch : text) {
        const auto u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') {
            line += '\\';
            line += ch;
        } else if (u < 0x20) {
            line += "\\u00";
            line += hex[u >> 4];
            line += hex[u & 0xF];
        } else {
            line += ch;
        }
    }
    line += '"';
}

} // namespace

int assessGridCommand(const Contract& contract, const Arguments& a,
                      std::span<const RebookingCredit> credits) {
    const QString gridFile = a.value("scenarios");
    QFile f(gridFile);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("%1: cannot be read: %2").arg(gridFile, f.errorString()) << '\n';
        return kInvalid;
    }
    const io::ScenarioGridResult grid = io::readScenarioGrid(f.readAll(), contract);
    if (!grid.ok()) {
        for (const io::CsvError& e : grid.errors) {
            err() << gridFile << ": " << e.toString() << '\n';
        }
        return kInvalid;
    }
    out().flush();
    const bool json = a.has("json");
    const std::string currency(contract.currency.code().data(), 3);
    std::string line;
    if (json) {
        line = "{\"format\":\"attrition-desk/scenario-totals\",\"contract\":";
        appendJsonString(line, contract.reference);
        line += ",\"currency\":\"" + currency + "\",\"scenarios\":[";
    } else {
        line = credits.empty() ? "name,rooms,food_beverage,meeting_room,cancellation,tax,total_owed,net_due,"
                                 "pickup_percent\r\n"
                               : "name,rooms,food_beverage,meeting_room,cancellation,tax,total_owed,"
                                 "credits_applied,net_due,pickup_percent\r\n";
    }
    std::fputs(line.c_str(), stdout);
    bool first = true;
    for (const io::GridScenario& row : grid.scenarios) {
        Assessment result;
        try {
            result = assessTotals(contract, row.scenario.overrides, credits);
        } catch (const ContractInvalid& e) {
            std::fflush(stdout);
            for (const ValidationIssue& issue : e.issues()) {
                err()
                    << Cli::tr("%1: line %2: %3").arg(gridFile).arg(row.line).arg(messageText(issue.message))
                    << '\n';
            }
            return kInvalid;
        } catch (const std::exception& e) {
            std::fflush(stdout);
            err() << Cli::tr("%1: line %2: cannot be assessed: %3")
                         .arg(gridFile)
                         .arg(row.line)
                         .arg(QString::fromUtf8(e.what()))
                  << '\n';
            return kInvalid;
        }
        const auto text = [&contract](const Money& m) {
            // A zero never set has no currency: written in the contract's, as assess --json writes it.
            return (m.currency().isValid() ? m : Money(m.minorUnits(), contract.currency)).toDecimalString();
        };
        std::vector<std::string> amounts = {text(result.rooms),       text(result.foodBeverage),
                                            text(result.meetingRoom), text(result.cancellation),
                                            text(result.tax),         text(result.totalOwed)};
        std::vector<const char*> keys = {"rooms",        "foodBeverage", "meetingRoom",
                                         "cancellation", "tax",          "totalOwed"};
        if (!credits.empty()) {
            amounts.push_back(text(result.creditsApplied));
            keys.push_back("creditsApplied");
        }
        amounts.push_back(text(result.netDue));
        keys.push_back("netDue");
        const std::string percent = result.pickupPercent.toPointsString();
        line.clear();
        if (json) {
            line += first ? "\n{\"line\":" : ",\n{\"line\":";
            line += std::to_string(row.line);
            line += ",\"name\":";
            appendJsonString(line, row.scenario.name);
            for (std::size_t i = 0; i < amounts.size(); ++i) {
                line += ",\"";
                line += keys[i];
                line += "\":\"";
                line += amounts[i];
                line += '"';
            }
            line += ",\"pickupPercent\":\"" + percent + "\"}";
        } else {
            appendCsvField(line, row.scenario.name);
            for (const std::string& amount : amounts) {
                line += ',';
                line += amount;
            }
            line += ',';
            line += percent;
            line += "\r\n";
        }
        first = false;
        std::fputs(line.c_str(), stdout);
    }
    if (json) {
        std::fputs("\n]}\n", stdout);
    }
    std::fflush(stdout);
    return kOk;
}

} // namespace attrition::cli
