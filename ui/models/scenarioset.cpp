#include "models/scenarioset.h"

#include "session/snapshotcommand.h"
#include "text/values.h"

#include <QUndoStack>
#include <cstddef>

namespace attrition::ui {

/// One undoable change of the scenarios.
using ScenarioCommand = SnapshotCommand<ScenarioSet, std::vector<Scenario>, 2>;

QString ScenarioSet::suggestedName(const ScenarioOverrides& o) {
    QStringList parts;
    if (o.uniformPickup) {
        parts << tr("Pickup %1").arg(formatPercent(*o.uniformPickup));
    } else if (o.pickup) {
        parts << tr("Pickup per night");
    }
    if (o.foodBeverageSpend) {
        parts << tr("F&B spend %1").arg(formatMoney(*o.foodBeverageSpend));
    }
    if (o.resale) {
        parts << tr("Resold rooms");
    }
    if (o.withoutCancellation) {
        parts << tr("Not cancelled");
    } else if (o.cancellationNotice) {
        parts << tr("Notice %1").arg(formatDate(*o.cancellationNotice));
    }
    if (parts.isEmpty()) {
        return tr("As contracted");
    }
    QString name = parts.front();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        //: Joins two parts of a scenario's name, as in "Pickup 75%, Notice 1 Mar 2027".
        name = tr("%1, %2").arg(name, parts[i]);
    }
    return name;
}

bool ScenarioSet::isSuggestedName(const std::string& name, const ScenarioOverrides& overrides) {
    const QString n = QString::fromStdString(name);
    const QString base = suggestedName(overrides);
    if (n == base) {
        return true;
    }
    if (!n.startsWith(base + QStringLiteral(" (")) || !n.endsWith(QLatin1Char(')'))) {
        return false;
    }
    bool ok = false;
    const int k = n.mid(base.size() + 2, n.size() - base.size() - 3).toInt(&ok);
    return ok && k >= 2;
}

std::string ScenarioSet::uniqueSuggestedName(const ScenarioOverrides& overrides,
                                             const std::vector<Scenario>& all, std::ptrdiff_t self) {
    const QString base = suggestedName(overrides);
    const auto taken = [&](const std::string& name) {
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (static_cast<std::ptrdiff_t>(i) != self && all[i].name == name) {
                return true;
            }
        }
        return false;
    };
    std::string name = base.toStdString();
    for (int k = 2; taken(name); ++k) {
        name = QStringLiteral("%1 (%2)").arg(base).arg(k).toStdString();
    }
    return name;
}

ScenarioSet::ScenarioSet(QObject* parent)
    : QObject(parent)
    , undoStack_(new QUndoStack(this)) {}

ScenarioSet::~ScenarioSet() {
    undoStack_->clear();
}

void ScenarioSet::edit(const QString& text, const QString& mergeKey,
                       const std::function<void(std::vector<Scenario>&)>& change) {
    std::vector<Scenario> after = scenarios_;
    change(after);
    undoStack_->push(new ScenarioCommand(this, text, mergeKey, mergeSession_, scenarios_, std::move(after)));
}

void ScenarioSet::reset(std::vector<Scenario> scenarios) {
    undoStack_->clear();
    scenarios_ = std::move(scenarios);
    emit changed();
}

void ScenarioSet::apply(const std::vector<Scenario>& scenarios) {
    scenarios_ = scenarios;
    emit changed();
}

} // namespace attrition::ui
