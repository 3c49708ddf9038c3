#include "widgets/tablesection.h"

#include "models/contracttablemodel.h"
#include "style/icons.h"
#include "style/theme.h"
#include "widgets/gridediting.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace attrition::ui {

TableSection::TableSection(const QString& title, const QString& hint, ContractTableModel* model,
                           QWidget* parent)
    : QWidget(parent)
    , contractModel_(model)
    , model_(model)
    , editing_(model)
    , view_(new GridView(this))
    , issues_(new QLabel(this))
    , tools_(new QWidget(this)) {
    view_->setContractModel(model);
    build(title, hint, model);
    connect(model, &ContractTableModel::tableIssuesChanged, this, &TableSection::updateIssues);
    updateIssues();
}

TableSection::TableSection(const QString& title, const QString& hint, QAbstractItemModel* model,
                           GridEditing* editing, QWidget* parent)
    : QWidget(parent)
    , model_(model)
    , editing_(editing)
    , view_(new GridView(this))
    , issues_(new QLabel(this))
    , tools_(new QWidget(this)) {
    view_->setEditingModel(model, editing);
    build(title, hint, model);
}

void TableSection::build(const QString& title, const QString& hint, QAbstractItemModel* model) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* header = new QHBoxLayout();
    header->setSpacing(4);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("sectionTitle"));
    title_->setWordWrap(true); // a long title in a narrow editor takes two lines
    QFont f = title_->font();
    f.setBold(true);
    title_->setFont(f);
    header->addWidget(title_, 1);
    auto* toolsLayout = new QHBoxLayout(tools_);
    toolsLayout->setContentsMargins(0, 0, 0, 0);
    toolsLayout->setSpacing(2);
    header->addWidget(tools_);
    if (editing_->canEditRows()) {
        add_ = new QToolButton(this);
        add_->setIcon(icon(Icon::Add));
        add_->setAutoRaise(true);
        remove_ = new QToolButton(this);
        remove_->setIcon(icon(Icon::Remove));
        remove_->setAutoRaise(true);
        toolsLayout->addWidget(add_);
        toolsLayout->addWidget(remove_);
        connect(add_, &QToolButton::clicked, this, [this] {
            editing_->insertRowAfter(view_->currentIndex().isValid() ? view_->currentIndex().row() : -1);
        });
        connect(remove_, &QToolButton::clicked, this, [this] {
            std::set<int> rows;
            for (const QModelIndex& i : view_->selectionModel()->selectedIndexes()) {
                rows.insert(i.row());
            }
            editing_->removeRowsAt(QList<int>(rows.begin(), rows.end()));
        });
    }
    layout->addLayout(header);
    hint_ = new QLabel(this);
    hint_->setWordWrap(true);
    setTextTone(hint_, TextTone::Muted);
    layout->addWidget(hint_);
    setTexts(title, hint);
    retranslate();
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(view_, 1);
    issues_->setWordWrap(true);
    setTextTone(issues_, TextTone::Error);
    issues_->hide();
    layout->addWidget(issues_);
    connect(model, &QAbstractItemModel::modelReset, this, &TableSection::updateHeight);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TableSection::updateHeight);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TableSection::updateHeight);
    updateHeight();
}

void TableSection::setTexts(const QString& title, const QString& hint) {
    title_->setText(title);
    hint_->setText(hint);
    hint_->setVisible(!hint.isEmpty());
}

void TableSection::retranslate() {
    if (add_ != nullptr) {
        add_->setToolTip(tr("Add a row"));
        remove_->setToolTip(tr("Remove the selected rows"));
    }
}

void TableSection::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TableSection::setVisibleRows(int minRows, int maxRows) {
    minRows_ = minRows;
    maxRows_ = maxRows;
    updateHeight();
}

void TableSection::addTool(QToolButton* button) {
    button->setAutoRaise(true);
    static_cast<QHBoxLayout*>(tools_->layout())->insertWidget(0, button);
}

void TableSection::updateIssues() {
    if (contractModel_ == nullptr) {
        return;
    }
    const QStringList issues = contractModel_->tableIssues();
    issues_->setText(issues.join(QLatin1Char('\n')));
    issues_->setVisible(!issues.isEmpty());
}

void TableSection::updateHeight() {
    const auto heightFor = [this](int rows) {
        // Columns that do not stretch may scroll sideways: room for the scroll bar, so that it never hides
        // the last row.
        const bool mayScroll = view_->model()->columnCount() > 0 &&
                               view_->horizontalHeader()->sectionResizeMode(0) != QHeaderView::Stretch;
        return view_->horizontalHeader()->sizeHint().height() +
               rows * view_->verticalHeader()->defaultSectionSize() + 2 * view_->frameWidth() + 2 +
               (mayScroll ? view_->style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0);
    };
    if (maxRows_ <= 0) { // the table takes whatever room there is
        view_->setMinimumHeight(heightFor(minRows_));
        view_->setMaximumHeight(QWIDGETSIZE_MAX);
        return;
    }
    const int height = heightFor(std::clamp(model_->rowCount(), minRows_, maxRows_));
    view_->setMinimumHeight(height);
    view_->setMaximumHeight(model_->rowCount() > maxRows_ ? QWIDGETSIZE_MAX : height);
}

} // namespace attrition::ui
