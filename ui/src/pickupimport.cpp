#include "attrition/ui/pickupimport.h"

#include "attrition/ui/contracttables.h"
#include "attrition/ui/values.h"

#include <QCoreApplication>
#include <algorithm>

namespace attrition::ui {

namespace {

struct Import {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QStringList splitLine(const QString& line, QChar separator) {
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += ch;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (ch == separator && !quoted) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += ch;
        }
    }
    cells << cell.trimmed();
    return cells;
}

int findColumn(const QStringList& header, std::initializer_list<const char*> names) {
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString h = header.at(i).toLower().simplified();
        for (const char* name : names) {
            if (h == QLatin1String(name)) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

} // namespace

PickupImport importPickupCsv(const QString& text, const Contract& contract) {
    PickupImport out;
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& l : lines) {
        l.remove(QLatin1Char('\r'));
    }
    lines.erase(
        std::remove_if(lines.begin(), lines.end(), [](const QString& l) { return l.trimmed().isEmpty(); }),
        lines.end());
    if (lines.isEmpty()) {
        out.errors << Import::tr("The file is empty");
        return out;
    }
    const QString& first = lines.first();
    const QChar separator = first.count(QLatin1Char('\t')) > 0 ? QLatin1Char('\t')
                            : first.count(QLatin1Char(';')) > first.count(QLatin1Char(','))
                                ? QLatin1Char(';')
                                : QLatin1Char(',');
    const QStringList header = splitLine(first, separator);
    const int dateColumn = findColumn(header, {"date", "night", "stay date", "staydate", "day"});
    const int typeColumn =
        findColumn(header, {"room type", "roomtype", "type", "room type code", "roomtypecode"});
    const int pickupColumn =
        findColumn(header, {"pickup", "picked up", "pick up", "occupied", "roompickup", "room pickup"});
    if (dateColumn < 0 || pickupColumn < 0) {
        out.errors << Import::tr(
            "The first line must name a date column (Date, Night) and a pickup column (Pickup, "
            "Picked up)");
        return out;
    }
    const QStringList types = roomTypes(contract);
    if (typeColumn < 0 && types.size() != 1) {
        out.errors << Import::tr("The report has no room type column, and the block has %n room type(s)",
                                 nullptr, static_cast<int>(types.size()));
        return out;
    }
    const QLocale locale;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = splitLine(lines.at(i), separator);
        const auto cellAt = [&](int column) {
            return column < cells.size() ? cells.at(column) : QString();
        };
        const QString dateText = cellAt(dateColumn);
        if (dateText.compare(QLatin1String("total"), Qt::CaseInsensitive) == 0) {
            continue; // a totals line
        }
        const Parsed date = parseDate(dateText, locale);
        const auto* night = std::get_if<Date>(&date.value);
        if (night == nullptr) {
            out.errors
                << Import::tr("line %1: %2").arg(i + 1).arg(date.ok() ? Import::tr("no date") : date.error);
            continue;
        }
        const Parsed rooms = parseCount(cellAt(pickupColumn), locale);
        if (!rooms.ok() || integerOr(rooms.value) < 0) {
            out.errors << Import::tr("line %1: %2")
                              .arg(i + 1)
                              .arg(rooms.ok() ? Import::tr("negative pickup") : rooms.error);
            continue;
        }
        const QString type = typeColumn >= 0 ? cellAt(typeColumn) : types.first();
        if (type.isEmpty()) {
            out.errors << Import::tr("line %1: no room type").arg(i + 1);
            continue;
        }
        const std::string typeName = type.toStdString();
        const auto same = std::find_if(out.pickup.begin(), out.pickup.end(), [&](const PickupEntry& e) {
            return e.night == *night && e.roomType == typeName;
        });
        if (same != out.pickup.end()) {
            same->rooms += static_cast<std::int32_t>(integerOr(rooms.value));
        } else {
            out.pickup.push_back(
                PickupEntry{*night, typeName, static_cast<std::int32_t>(integerOr(rooms.value))});
        }
    }
    if (out.pickup.empty() && out.errors.isEmpty()) {
        out.errors << Import::tr("The report has no nights");
    }
    return out;
}

void applyPickupImport(Contract& contract, const std::vector<PickupEntry>& pickup) {
    for (const PickupEntry& in : pickup) {
        const auto it =
            std::find_if(contract.pickup.begin(), contract.pickup.end(), [&](const PickupEntry& e) {
                return e.night == in.night && e.roomType == in.roomType;
            });
        if (it != contract.pickup.end()) {
            it->rooms = in.rooms;
        } else {
            contract.pickup.push_back(in);
        }
    }
}

} // namespace attrition::ui
