#include "editor/reviewpage.h"

#include "editor/pagefields.h"
#include "models/contracttables.h"

#include <QVBoxLayout>

namespace attrition::ui {

using namespace pagefields;

ReviewPage::ReviewPage(ContractDocument* document, QWidget* parent)
    : EditorPage(document, ContractEditor::ReviewSection, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(18);
    TableSection* schedule = tableSection(
        QT_TR_NOOP("Review schedule"),
        QT_TR_NOOP("By each date the group may reduce the block by up to a share of the original block."),
        makeReviewScheduleModel(document, this));
    setPlaceholder(schedule->view(),
                   QT_TR_NOOP("No review dates: the group may not reduce the block. Add one with +."));
    schedule->setVisibleRows(3, 6);
    layout->addWidget(schedule);
    TableSection* reductions =
        tableSection(QT_TR_NOOP("Block reductions"),
                     QT_TR_NOOP("What the group asked to release, per night and room type. Entries requested "
                                "on one date form one "
                                "request; the damages panel says which were honoured."),
                     makeReductionsModel(document, this));
    setPlaceholder(reductions->view(), QT_TR_NOOP("No reductions requested. Add one with +."));
    reductions->setVisibleRows(3, 12);
    layout->addWidget(reductions);
    layout->addStretch(1);
}

} // namespace attrition::ui
