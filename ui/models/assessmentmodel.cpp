#include "models/assessmentmodel.h"

#include "session/contractdocument.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QEvent>
#include <QFont>
#include <algorithm>
#include <array>

namespace attrition::ui {

namespace {

constexpr quintptr kGroupId = 0;

/// The order components are listed in.
constexpr std::array<Component, 7> kOrder = {
    Component::Rooms,        Component::Comps, Component::FoodBeverage, Component::MeetingRoom,
    Component::Cancellation, Component::Tax,   Component::Deposits};

} // namespace

AssessmentModel::AssessmentModel(ContractDocument* document, QObject* parent)
    : QAbstractItemModel(parent) {
    rebuild(document->results().assessment);
    connect(document, &ContractDocument::contractChanged, this,
            [this, document] { setAssessment(document->results().assessment); });
}

AssessmentModel::AssessmentModel(QObject* parent)
    : QAbstractItemModel(parent) {}

bool AssessmentModel::event(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        // The same rows: a layout change, so that a view measures the wrapped lines again.
        emit layoutAboutToBeChanged();
        emit layoutChanged();
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    }
    return QAbstractItemModel::event(event);
}

void AssessmentModel::setAssessment(const std::optional<Assessment>& assessment) {
    beginResetModel();
    rebuild(assessment);
    endResetModel();
}

void AssessmentModel::rebuild(const std::optional<Assessment>& assessment) {
    assessment_ = assessment;
    groups_.clear();
    if (!assessment_) {
        return;
    }
    const Assessment& a = *assessment_;
    for (Component component : kOrder) {
        Group g{component, Money::zero(a.currency), true, {}};
        for (std::size_t i = 0; i < a.lines.size(); ++i) {
            if (a.lines[i].component == component) {
                g.lines.push_back(i);
            }
        }
        switch (component) {
        case Component::Rooms:
            g.total = a.rooms;
            break;
        case Component::FoodBeverage:
            g.total = a.foodBeverage;
            break;
        case Component::MeetingRoom:
            g.total = a.meetingRoom;
            break;
        case Component::Cancellation:
            g.total = a.cancellation;
            break;
        case Component::Tax:
            g.total = a.tax;
            break;
        case Component::Deposits:
            // The rebooking credits granted by other contracts' settlements are applied with the deposits.
            g.total = -(a.creditsApplied + a.depositsApplied);
            break;
        case Component::Comps:
            g.hasTotal = false;
            break;
        }
        if (!g.lines.empty()) {
            groups_.push_back(std::move(g));
        }
    }
}

QModelIndex AssessmentModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount) {
        return {};
    }
    if (!parent.isValid()) {
        return row < static_cast<int>(groups_.size()) ? createIndex(row, column, kGroupId) : QModelIndex();
    }
    if (parent.internalId() != kGroupId || parent.row() >= static_cast<int>(groups_.size())) {
        return {};
    }
    const Group& g = groups_[static_cast<std::size_t>(parent.row())];
    if (row >= static_cast<int>(g.lines.size())) {
        return {};
    }
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex AssessmentModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupId) {
        return {};
    }
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int AssessmentModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid()) {
        return static_cast<int>(groups_.size());
    }
    if (parent.internalId() != kGroupId || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(groups_[static_cast<std::size_t>(parent.row())].lines.size());
}

int AssessmentModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant AssessmentModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !assessment_) {
        return {};
    }
    const bool isGroup = index.internalId() == kGroupId;
    const Group& g =
        groups_[static_cast<std::size_t>(isGroup ? index.row() : static_cast<int>(index.internalId() - 1))];
    if (role == IsGroupRole) {
        return isGroup;
    }
    if (role == ComponentRole) {
        return static_cast<int>(g.component);
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
    }
    if (role == Qt::FontRole && isGroup) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (isGroup) {
        if (role != Qt::DisplayRole) {
            return {};
        }
        if (index.column() == DescriptionColumn) {
            if (g.component == Component::Comps) {
                return tr("%1: %n room night(s)", nullptr, static_cast<int>(assessment_->compRoomNights))
                    .arg(componentName(g.component));
            }
            if (g.component == Component::Deposits && !assessment_->creditsApplied.isZero()) {
                const bool deposits = std::any_of(g.lines.begin(), g.lines.end(), [this](std::size_t i) {
                    return assessment_->lines[i].explanation.id == MessageId::DepositApplied;
                });
                return deposits ? tr("Rebooking credits and deposits") : tr("Rebooking credits");
            }
            return componentName(g.component);
        }
        return g.hasTotal ? formatMoney(g.total) : QString();
    }
    const AssessmentLine& line = assessment_->lines[g.lines[static_cast<std::size_t>(index.row())]];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == DescriptionColumn) {
            return messageText(line.explanation);
        }
        return line.amount.isZero() || g.component == Component::Comps ? QString() : formatMoney(line.amount);
    }
    return {};
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    return section == DescriptionColumn ? tr("Item") : tr("Amount");
}

QString AssessmentModel::componentName(Component component) {
    switch (component) {
    case Component::Rooms:
        return tr("Room attrition");
    case Component::FoodBeverage:
        return tr("Food & beverage");
    case Component::MeetingRoom:
        return tr("Meeting room");
    case Component::Cancellation:
        return tr("Cancellation");
    case Component::Comps:
        return tr("Comp rooms");
    case Component::Tax:
        return tr("Tax");
    case Component::Deposits:
        return tr("Deposits");
    }
    return {};
}

} // namespace attrition::ui
