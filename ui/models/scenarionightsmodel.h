#pragma once

#include "attrition/domain/scenario.h"
#include "text/values.h"
#include "widgets/gridediting.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <cstdint>
#include <optional>
#include <vector>

namespace attrition::ui {

class ContractDocument;
class ScenarioSet;

/// One scenario's figures per night of the stay: its pickup per room type, or its resold rooms.
class ScenarioNightsModel : public QAbstractTableModel, public GridEditing {
    Q_OBJECT

public:
    enum class Kind : std::uint8_t { Pickup, Resale };
    ScenarioNightsModel(Kind kind, ContractDocument* document, ScenarioSet* scenarios,
                        QObject* parent = nullptr);
    void setScenario(ScenarioSet* scenarios, int index);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString paste(const QString& text, const QModelIndex& at, const QModelIndexList& selection) override;
    void clearCells(const QModelIndexList& cells) override;

private:
    struct Write {
        int row;
        int column;
        std::optional<std::int64_t> value;
    };
    void refresh();
    const Scenario* scenario() const;
    std::optional<std::int64_t> cell(int row, int column) const;
    void write(const QString& text, const std::vector<Write>& writes);
    ValueKind kind(int column) const;

    Kind kind_;
    ContractDocument* document_;
    ScenarioSet* scenarios_;
    int index_ = -1;
    std::vector<Date> nights_;
    QStringList types_;
};

} // namespace attrition::ui
