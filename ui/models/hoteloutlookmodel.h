#pragma once

#include "attrition/engine/quote.h"
#include "widgets/gridediting.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace attrition::ui {

/// The hotel's outlook for the nights of a stay, a row per night, as the quote weighs a group against it:
/// capacity, unconstrained transient demand (rooms, may be fractional), the transient net ADR and the
/// ancillary profit per transient room. Edits like a spreadsheet (typing, pasting from a spreadsheet,
/// clearing); what cannot be read is refused with a message naming the night and the column. It keeps what
/// was entered for every hotel and night seen while it lives, so that changing the stay or going to another
/// contract of the same hotel finds the figures again.
class HotelOutlookModel : public QAbstractTableModel, public GridEditing {
    Q_OBJECT

public:
    enum Column { CapacityColumn, DemandColumn, NetAdrColumn, AncillaryColumn, ColumnCount };

    explicit HotelOutlookModel(QObject* parent = nullptr);

    /// Shows the nights of a stay at `hotel`; amounts are typed in `currency`.
    void setStay(const std::string& hotel, Currency currency, std::vector<Date> nights);
    const std::string& hotel() const { return hotel_; }
    Currency currency() const { return currency_; }
    const std::vector<Date>& nights() const { return nights_; }

    /// Puts nights of the hotel shown (read from a file or the database) in place of what is kept for them.
    /// `modified`: they are edits still to be saved (an import); else they are as stored, and leave the
    /// nights edited and not saved yet as they are.
    void setOutlook(const std::vector<quote::HotelNight>& nights, bool modified);
    /// Forgets every hotel and night (another database).
    void clear();
    /// The nights of the stay whose capacity, demand and net ADR are all given (an empty ancillary is zero).
    std::vector<quote::HotelNight> outlook() const;
    /// The nights of the stay given only in part, each naming what it lacks.
    QStringList incomplete() const;
    /// Nights of `hotel` that are complete and were changed since they were loaded or saved (of any stay
    /// seen), in date order.
    std::vector<quote::HotelNight> unsaved(const std::string& hotel) const;
    /// The hotels with such nights, in order of name.
    std::vector<std::string> unsavedHotels() const;
    bool hasUnsaved() const { return !unsavedHotels().empty(); }
    /// What unsaved(hotel) returned has been stored.
    void markSaved(const std::string& hotel);
    /// Whether the nights of the stay at this hotel were read from the database already.
    bool isLoaded(const std::string& hotel, Date first, Date last) const;
    void markLoaded(const std::string& hotel, Date first, Date last);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString paste(const QString& text, const QModelIndex& at, const QModelIndexList& selection) override;
    void clearCells(const QModelIndexList& cells) override;

signals:
    /// A figure of the outlook changed (an edit, a paste, an import or another stay).
    void outlookChanged();
    /// A typed value could not be read: the message names the night and the column.
    void editRefused(const QString& message);

private:
    /// What is known of one night; empty: not given.
    struct Cells {
        std::optional<std::int32_t> capacity;
        std::optional<Quantity> demand;
        std::optional<Money> netAdr;
        std::optional<Money> ancillary;
        bool operator==(const Cells&) const = default;
    };
    using Key = std::pair<std::string, std::int32_t>; ///< hotel, day number

    /// Reads `text` for a cell: an empty optional clears it; an error names the night and column.
    struct Read {
        std::optional<std::int64_t> value;
        QString error;
    };
    Read read(int row, int column, const QString& text) const;
    void write(int row, int column, std::optional<std::int64_t> value);
    const Cells* cells(int row) const;
    QString cellText(int row, int column) const;

    std::string hotel_;
    Currency currency_;
    std::vector<Date> nights_;
    std::map<Key, Cells> known_;
    std::set<Key> unsaved_;
    std::set<std::tuple<std::string, std::int32_t, std::int32_t>> loaded_;
};

} // namespace attrition::ui
