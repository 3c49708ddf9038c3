#include "editor/pickuppage.h"

#include "editor/pagefields.h"
#include "models/contracttablemodel.h"
#include "models/contracttables.h"
#include "style/icons.h"
#include "text/values.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace attrition::ui {

using namespace pagefields;

PickupPage::PickupPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::PickupSection, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    pickupModel_ = makePickupModel(document, this);
    TableSection* pickup = tableSection(
        QT_TR_NOOP("Rooms picked up per night"),
        QT_TR_NOOP(
            "Type, paste from a spreadsheet, or import a property system's pickup report. Audit credits and "
            "the hotel's occupancy are per night."),
        pickupModel_);
    pickupGrid_ = pickup->view();
    fitColumns(pickupGrid_);
    pickup->setVisibleRows(4, 14);
    auto* import = new QToolButton(this);
    import->setIcon(icon(Icon::Import));
    setTranslatedToolTip(import, QT_TR_NOOP("Import a pickup report (CSV)"));
    importButton_ = import;
    pickup->addTool(import);
    layout->addWidget(pickup);
    pickupSummary_ = new QLabel(this);
    pickupSummary_->setWordWrap(true);
    layout->addWidget(pickupSummary_);
    TableSection* resale =
        tableSection(QT_TR_NOOP("Rooms the hotel resold"),
                     QT_TR_NOOP("Credited against the damages as the attrition clause says."),
                     makeResaleModel(document, this));
    setPlaceholder(resale->view(), QT_TR_NOOP("No rooms resold. Add a night with +."));
    resale->setVisibleRows(3, 8);
    layout->addWidget(resale);
    layout->addStretch(1);
}

void PickupPage::refresh() {
    EditorPage::refresh();
    const QLocale locale;
    if (const auto& a = document()->results().assessment) {
        pickupSummary_->setText(
            tr("Picked up <b>%1</b> room nights; counted with credits <b>%2</b> of a block of %3: <b>%4</b>")
                .arg(formatCount(a->pickedUpRoomNights, locale), formatCount(a->countedRoomNights, locale),
                     formatCount(a->revisedRoomNights, locale), formatPercent(a->pickupPercent, locale)));
    } else {
        pickupSummary_->clear();
    }
}

} // namespace attrition::ui
