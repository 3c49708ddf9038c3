#pragma once

// The translation contexts of the messages of core/io. lupdate reads this library (ui/CMakeLists.txt) and the
// Spanish and Italian translations are installed by the application; with no translator installed, tr()
// gives the English text as written. tr() is called only where a problem or warning is reported, never for
// a field or row that reads well.

#include <QCoreApplication>

namespace attrition::io {

/// Messages about a contract file (JSON): contract_reader.cpp, json_strict.cpp.
struct ContractFileText {
    Q_DECLARE_TR_FUNCTIONS(ContractFileText)
};

/// Messages of the CSV parser: csv.cpp.
struct CsvFileText {
    Q_DECLARE_TR_FUNCTIONS(CsvFileText)
};

/// Errors and warnings of reading a pickup report (CSV): pickup_csv.cpp.
struct PickupReportText {
    Q_DECLARE_TR_FUNCTIONS(PickupReportText)
};

/// Errors of reading a scenario grid (CSV): scenario_grid.cpp.
struct ScenarioGridText {
    Q_DECLARE_TR_FUNCTIONS(ScenarioGridText)
};

/// Errors of reading a hotel outlook (CSV): hotel_outlook.cpp.
struct HotelOutlookText {
    Q_DECLARE_TR_FUNCTIONS(HotelOutlookText)
};

} // namespace attrition::io
