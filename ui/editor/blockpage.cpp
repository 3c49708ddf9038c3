#include "editor/blockpage.h"

#include "editor/pagefields.h"
#include "models/contracttablemodel.h"
#include "models/contracttables.h"
#include "models/nightsummarymodel.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/values.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace attrition::ui {

using namespace pagefields;

BlockPage::BlockPage(ContractDocument* document, NightSummaryModel* nightModel, QWidget* parent)
    : EditorPage(document, ContractEditor::BlockSection, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    blockModel_ = makeBlockModel(document, this);
    TableSection* section =
        tableSection(QT_TR_NOOP("Rooms held per night and room type"),
                     QT_TR_NOOP("Type or paste from a spreadsheet (Ctrl+V): rooms and rate for "
                                "each room type. Delete clears cells."),
                     blockModel_);
    blockGrid_ = section->view();
    fitColumns(blockGrid_);
    section->setVisibleRows(4, 14);
    const auto tool = [&](Icon which, Text tip, void (BlockPage::*slot)()) {
        auto* b = new QToolButton(this);
        b->setIcon(icon(which));
        setTranslatedToolTip(b, tip);
        connect(b, &QToolButton::clicked, this, slot);
        section->addTool(b);
    };
    tool(Icon::Remove, QT_TR_NOOP("Remove the selected room type"), &BlockPage::removeRoomTypeAsked);
    tool(Icon::Rename, QT_TR_NOOP("Rename the selected room type"), &BlockPage::renameRoomTypeAsked);
    tool(Icon::Add, QT_TR_NOOP("Add a room type"), &BlockPage::addRoomTypeAsked);
    layout->addWidget(section);
    blockSummary_ = new QLabel(this);
    blockSummary_->setWordWrap(true);
    blockSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(blockSummary_);
    layout->addSpacing(10);

    auto* nightsTitle = translatedLabel(QT_TR_NOOP("Night by night"), this);
    QFont f = nightsTitle->font();
    f.setBold(true);
    nightsTitle->setFont(f);
    layout->addWidget(nightsTitle);
    auto* nightsHint = translatedLabel(
        QT_TR_NOOP("The block after honoured reductions against the pickup the contract counts, "
                   "and the rooms the performance level requires of each night."),
        this);
    nightsHint->setWordWrap(true);
    setTextTone(nightsHint, TextTone::Muted);
    layout->addWidget(nightsHint);
    auto* nights = new QTableView(this);
    nights->setModel(nightModel);
    for (int column : {NightSummaryModel::IndexColumn, NightSummaryModel::ContractedColumn,
                       NightSummaryModel::PickupColumn}) {
        nights->setColumnHidden(column, true); // the charts' table shows them all
    }
    nights->setEditTriggers(QAbstractItemView::NoEditTriggers);
    nights->setAlternatingRowColors(true);
    nights->verticalHeader()->hide();
    nights->verticalHeader()->setDefaultSectionSize(nights->fontMetrics().height() + 10);
    nights->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    nights->horizontalHeader()->setSectionResizeMode(NightSummaryModel::NightColumn,
                                                     QHeaderView::ResizeToContents);
    nights->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    const auto fitRows = [nights] {
        const int rows = std::clamp(nights->model()->rowCount(), 3, 14);
        nights->setFixedHeight(nights->horizontalHeader()->sizeHint().height() +
                               rows * nights->verticalHeader()->defaultSectionSize() +
                               2 * nights->frameWidth() + 2);
    };
    connect(nightModel, &QAbstractItemModel::modelReset, nights, fitRows);
    fitRows();
    layout->addWidget(nights);
    layout->addStretch(1);
}

void BlockPage::refresh() {
    EditorPage::refresh();
    const Contract& c = document()->contract();
    const QLocale locale;
    std::map<Date, std::int64_t> perNight;
    std::int64_t roomNights = 0;
    Wide revenue = 0;
    for (const BlockEntry& e : c.block) {
        perNight[e.night] += e.rooms;
        roomNights += e.rooms;
        revenue += static_cast<Wide>(e.rooms) * e.rate.minorUnits();
    }
    if (roomNights > 0 && c.currency.isValid() && revenue < static_cast<Wide>(INT64_MAX)) {
        const auto peak = std::max_element(perNight.begin(), perNight.end(),
                                           [](const auto& a, const auto& b) { return a.second < b.second; });
        const Money total(static_cast<std::int64_t>(revenue), c.currency);
        const Money average = Money::fromRatio(revenue, roomNights, c.currency, RoundingMode::HalfUp);
        blockSummary_->setText(
            tr("<b>%1</b> room nights &nbsp;·&nbsp; peak night %2 with %3 rooms &nbsp;·&nbsp; "
               "room revenue <b>%4</b> &nbsp;·&nbsp; average rate %5")
                .arg(formatCount(roomNights, locale), formatNight(peak->first, locale),
                     formatCount(peak->second, locale), formatMoneyWithCode(total, locale),
                     formatMoney(average, locale)));
    } else {
        blockSummary_->setText(tr("No rooms are blocked yet."));
    }
}

QString BlockPage::selectedRoomType() const {
    const QStringList types = roomTypes(document()->contract());
    const QModelIndex current = blockGrid_->currentIndex();
    if (current.isValid() && current.column() / 2 < types.size()) {
        return types.at(current.column() / 2);
    }
    return types.size() == 1 ? types.first() : QString();
}

void BlockPage::addRoomTypeAsked() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Room Type"), tr("Room type code (for example KING or DBL):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    if (roomTypes(document()->contract()).contains(name)) {
        emit statusMessage(tr("The block already has the room type %1").arg(name));
        return;
    }
    document()->endMerge();
    document()->edit(tr("Add room type %1").arg(name), {},
                     [&](Contract& c) { addRoomType(c, name.toStdString()); });
}

void BlockPage::renameRoomTypeAsked() {
    const QString from = selectedRoomType();
    if (from.isEmpty()) {
        emit statusMessage(tr("Select a cell of the room type to rename"));
        return;
    }
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename Room Type"), tr("New code for %1:").arg(from),
                                             QLineEdit::Normal, from, &ok)
                           .trimmed();
    if (!ok || to.isEmpty() || to == from) {
        return;
    }
    if (roomTypes(document()->contract()).contains(to)) {
        emit statusMessage(tr("The block already has the room type %1").arg(to));
        return;
    }
    document()->endMerge();
    document()->edit(tr("Rename room type %1").arg(from), {},
                     [&](Contract& c) { renameRoomType(c, from.toStdString(), to.toStdString()); });
}

void BlockPage::removeRoomTypeAsked() {
    const QString type = selectedRoomType();
    if (type.isEmpty()) {
        emit statusMessage(tr("Select a cell of the room type to remove"));
        return;
    }
    const Contract& c = document()->contract();
    const std::string t = type.toStdString();
    std::int64_t blocked = 0;
    std::int64_t pickedUp = 0;
    for (const BlockEntry& e : c.block) {
        blocked += e.roomType == t ? e.rooms : 0;
    }
    for (const PickupEntry& e : c.pickup) {
        pickedUp += e.roomType == t ? e.rooms : 0;
    }
    const QString question = tr("Remove the room type %1 with its %2 blocked room nights and %3 picked up?")
                                 .arg(type, QLocale().toString(blocked), QLocale().toString(pickedUp));
    if (QMessageBox::question(this, tr("Remove Room Type"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes) {
        return;
    }
    document()->endMerge();
    document()->edit(tr("Remove room type %1").arg(type), {},
                     [&](Contract& contract) { removeRoomType(contract, t); });
    emit statusMessage(tr("Removed the room type %1 (Undo brings it back)").arg(type));
}
} // namespace attrition::ui
