#include "widgets/choicefield.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <algorithm>

namespace attrition::ui {

ChoiceField::ChoiceField(ContractDocument* document, QString path, QString label, Choices choices,
                         std::function<int(const Contract&)> get, std::function<void(Contract&, int)> set,
                         QWidget* parent)
    : FieldEditor(document, std::move(path), std::move(label), parent)
    , get_(std::move(get))
    , combo_(new QComboBox(this)) {
    for (const auto& [text, value] : choices) {
        combo_->addItem(text, value);
    }
    combo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // As wide as its longest choice when there is room; narrower (the choice cut short, the list it opens
    // whole) rather than making a narrow page scroll sideways.
    combo_->setMinimumWidth(combo_->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    auto* row = new QWidget(this);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(combo_);
    rowLayout->addStretch(1);
    setInput(row);
    connect(combo_, &QComboBox::activated, this, [this, set = std::move(set)](int index) {
        const int value = combo_->itemData(index).toInt();
        if (value == get_(document_->contract())) {
            return;
        }
        document_->endMerge();
        commit([&](Contract& c) { set(c, value); });
        document_->endMerge();
    });
    refresh();
}

QWidget* ChoiceField::input() const {
    return combo_;
}

void ChoiceField::setChoiceTexts(const QStringList& texts) {
    for (int i = 0; i < std::min(combo_->count(), static_cast<int>(texts.size())); ++i) {
        combo_->setItemText(i, texts.at(i));
    }
}

void ChoiceField::refresh() {
    combo_->setCurrentIndex(combo_->findData(get_(document_->contract())));
}

} // namespace attrition::ui
