// Spreadsheet workbooks (XLSX, through libxlsxwriter when the build has it) of what the CSV exports hold.

#include "reports/spreadsheets.h"

#include "attrition/engine/engine.h"
#include "attrition/io/csv.h"
#include "reports/reportbuilder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <exception>
#include <set>

#ifdef ATTRITION_HAVE_XLSX
#include <xlsxwriter.h>
#endif

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// Writes CSV records as one worksheet. The cells of `numeric` columns that hold a plain decimal (as the CSV
/// exports write amounts: "2640.00") become numbers shown with as many decimals as written; everything
/// else is text.
bool writeXlsx(const QString& path, const QString& sheet, const QByteArray& csv, const std::set<int>& numeric,
               QString* error) {
#ifdef ATTRITION_HAVE_XLSX
    const io::CsvParseResult parsed = io::parseCsv(csv);
    const QByteArray file = QFileInfo(path).absoluteFilePath().toLocal8Bit();
    lxw_workbook* book = workbook_new(file.constData());
    if (book == nullptr) {
        if (error != nullptr) {
            *error = Texts::tr("%1 cannot be written").arg(QFileInfo(path).absoluteFilePath());
        }
        return false;
    }
    lxw_worksheet* ws = workbook_add_worksheet(book, sheet.left(31).toUtf8().constData());
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    std::vector<lxw_format*> decimals;
    for (int d = 0; d <= 4; ++d) {
        lxw_format* f = workbook_add_format(book);
        const QByteArray pattern = d == 0 ? QByteArray("#,##0") : "#,##0." + QByteArray(d, '0');
        format_set_num_format(f, pattern.constData());
        decimals.push_back(f);
    }
    const auto& records = parsed.table.records;
    for (std::size_t r = 0; r < records.size(); ++r) {
        for (std::size_t c = 0; c < records[r].size(); ++c) {
            const QString& cell = records[r][c];
            const auto row = static_cast<lxw_row_t>(r);
            const auto col = static_cast<lxw_col_t>(c);
            bool ok = false;
            // A spreadsheet keeps numbers as binary floating point; the decimal written by the exporter is
            // handed over as it is, with its decimals as the cell's format.
            const double value = r > 0 && numeric.count(static_cast<int>(c)) ? cell.toDouble(&ok) : 0.0;
            if (ok) {
                const qsizetype dot = cell.indexOf(QLatin1Char('.'));
                const auto places = dot < 0 ? 0 : std::min<qsizetype>(4, cell.size() - dot - 1);
                worksheet_write_number(ws, row, col, value, decimals[static_cast<std::size_t>(places)]);
            } else {
                worksheet_write_string(ws, row, col, cell.toUtf8().constData(), r == 0 ? bold : nullptr);
            }
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    const lxw_error result = workbook_close(book);
    if (result != LXW_NO_ERROR) {
        if (error != nullptr) {
            *error = Texts::tr("%1 cannot be written: %2")
                         .arg(QFileInfo(path).absoluteFilePath(), QString::fromUtf8(lxw_strerror(result)));
        }
        return false;
    }
    return true;
#else
    Q_UNUSED(path);
    Q_UNUSED(sheet);
    Q_UNUSED(csv);
    Q_UNUSED(numeric);
    if (error != nullptr) {
        *error = Texts::tr("This build writes spreadsheets as CSV only.");
    }
    return false;
#endif
}

} // namespace

bool xlsxAvailable() {
#ifdef ATTRITION_HAVE_XLSX
    return true;
#else
    return false;
#endif
}

bool writeAssessmentXlsx(const QString& path, const Contract& contract, QString* error) {
    Assessment a;
    try {
        a = assess(contract);
    } catch (const std::exception& e) {
        if (error != nullptr) {
            *error = QString::fromUtf8(e.what());
        }
        return false;
    }
    // reference, component, night, quantity, rate, factor, amount, currency, explanation
    return writeXlsx(path, Texts::tr("Assessment"), io::assessmentCsv(contract, a), {3, 4, 5, 6}, error);
}

bool writeScenariosXlsx(const QString& path, const Contract& contract, const std::vector<Scenario>& scenarios,
                        QString* error) {
    std::set<int> numeric;
    for (int c = 2; c < 2 + 2 * static_cast<int>(scenarios.size()) + 1; ++c) {
        numeric.insert(c);
    }
    return writeXlsx(path, Texts::tr("Scenarios"), scenarioComparisonCsv(contract, scenarios), numeric,
                     error);
}

} // namespace attrition::ui
