#include "editor/editorpage.h"

#include "attrition/domain/clause_defaults.h"
#include "editor/pagefields.h"
#include "models/contracttablemodel.h"
#include "style/theme.h"
#include "text/fieldhelp.h"
#include "text/language.h"
#include "widgets/fieldeditor.h"
#include "widgets/gridview.h"
#include "widgets/tablesection.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace attrition::ui {

using namespace pagefields;

namespace {

/// The width of the labels of every form, so that the inputs of all sections line up.
int labelWidth(const QFontMetrics& fm) {
    return fm.horizontalAdvance(ContractEditor::tr("Performance level:")) + 16;
}

/// A row of a form: the label, translated in each language chosen, and the input it names.
void addLabelledRow(QFormLayout* form, Text label, FieldEditor* field) {
    auto* l = new QLabel;
    l->setBuddy(field->input());
    l->setWordWrap(true); // a longer label takes two lines
    l->setMinimumHeight(field->input()->sizeHint().height());
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    retranslateWith(l, [l, label, path = field->path()] {
        l->setText(translated(label).replace(QLatin1Char('&'), QStringLiteral("&&")) + QLatin1Char(':'));
        l->setFixedWidth(labelWidth(l->fontMetrics()));
        l->setWhatsThis(fieldWhatsThis(path));
    });
    form->addRow(l, field);
}

} // namespace

EditorPage::EditorPage(ContractDocument* document, ContractEditor::Section section, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , section_(section) {}

FieldEditor* EditorPage::field(const QString& path) const {
    for (FieldEditor* f : fields_) {
        if (f->path() == path) {
            return f;
        }
    }
    return nullptr;
}

void EditorPage::reveal(FieldEditor* field) {
    if (auto* scroll = findChild<QScrollArea*>(QString(), Qt::FindDirectChildrenOnly)) {
        scroll->ensureWidgetVisible(field);
    }
}

void EditorPage::refresh() {
    updateDefaultsBar();
}

TableSection* EditorPage::tableSection(const char* title, const char* hint, ContractTableModel* model) {
    auto* section = new TableSection(translated(title), translated(hint), model);
    retranslateWith(section, [section, title, hint, paths = model->listPaths()] {
        section->setTexts(translated(title), translated(hint));
        // What the list means in the contract, on its table (the pickup table shows three lists).
        QStringList texts;
        for (const QString& path : paths) {
            texts << fieldWhatsThis(path);
        }
        texts.removeAll(QString());
        section->view()->setWhatsThis(texts.join(QStringLiteral("\n\n")));
    });
    grids_.push_back(section->view());
    connect(section->view(), &GridView::statusMessage, this, &EditorPage::statusMessage);
    return section;
}

QWidget* EditorPage::makeDefaultsBar(FieldSection fields) {
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("defaultsBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    auto* text = new QLabel(bar);
    text->setObjectName(QStringLiteral("defaultsBarText"));
    text->setWordWrap(true);
    layout->addWidget(text, 1);
    auto* confirm = new QPushButton(bar);
    confirm->setObjectName(QStringLiteral("confirmDefaults"));
    retranslateWith(confirm, [confirm] {
        confirm->setText(ContractEditor::tr("Confirm"));
        confirm->setToolTip(ContractEditor::tr("Keep these values as the contract's own terms"));
    });
    connect(confirm, &QPushButton::clicked, this, [this, fields] {
        document_->endMerge();
        document_->edit(
            ContractEditor::tr("Confirm the defaults of %1").arg(ContractEditor::sectionName(section_)), {},
            [fields](Contract& c) { confirmDefaultsIn(c, fields); });
        emit statusMessage(ContractEditor::tr("Confirmed as the contract's terms (Undo takes it back)"));
    });
    layout->addWidget(confirm, 0, Qt::AlignVCenter);
    bar->hide();
    defaultsBar_ = bar;
    defaultsText_ = text;
    defaultsFields_ = fields;
    return bar;
}

void EditorPage::updateDefaultsBar() {
    if (defaultsBar_ == nullptr) {
        return;
    }
    const Contract& c = document_->contract();
    QStringList names;
    for (std::string_view path : unconfirmedDefaultsIn(c, defaultsFields_)) {
        const QString p = QString::fromUtf8(path.data(), static_cast<qsizetype>(path.size()));
        if (const FieldEditor* f = field(p)) {
            names << f->label();
        } else if (path == field::CancellationTiers::path) {
            names << ContractEditor::tr("the cancellation tiers");
        }
    }
    defaultsBar_->setVisible(!names.isEmpty());
    if (names.isEmpty()) {
        return;
    }
    //: %1 lists the values, e.g. "the cancellation tiers, Cancellation basis".
    defaultsText_->setText(
        ContractEditor::tr(
            "These values are the program's defaults, not yet confirmed from the contract: %1. "
            "Change them to the contract's own, or confirm them as they are.")
            .arg(names.join(QStringLiteral(", "))));
    const QPalette p = palette();
    defaultsBar_->setStyleSheet(
        QStringLiteral("QFrame#defaultsBar { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; } QLabel#defaultsBarText { color: %3; }")
            .arg(warningBackground(p).name(), warningColor(p).name(), p.color(QPalette::WindowText).name()));
}

void EditorPage::addRow(QFormLayout* form, FieldEditor* field) {
    addLabelledRow(form, rowLabel(field->path(), nullptr), field);
}

void EditorPage::addRow(QFormLayout* form, const char* label, FieldEditor* field) {
    addLabelledRow(form, rowLabel(field->path(), label), field);
}

void EditorPage::addCheck(QFormLayout* form, FieldEditor* field) {
    auto* spacer = new QLabel;
    retranslateWith(spacer, [spacer] { spacer->setFixedWidth(labelWidth(spacer->fontMetrics())); });
    form->addRow(spacer, field);
}

void EditorPage::fitColumns(GridView* grid) {
    grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    grid->horizontalHeader()->setStretchLastSection(false);
    const auto fit = [grid] {
        grid->resizeColumnsToContents();
        for (int c = 0; c < grid->model()->columnCount(); ++c) {
            grid->setColumnWidth(
                c, std::max(grid->columnWidth(c) + 12,
                            grid->fontMetrics().horizontalAdvance(QStringLiteral("00,000.00")) + 16));
        }
    };
    QObject::connect(grid->model(), &QAbstractItemModel::modelReset, grid, fit);
    // Titles in another language: a column too narrow for its new title is widened (never narrowed, so
    // that the widths the user chose stay).
    QObject::connect(grid->model(), &QAbstractItemModel::headerDataChanged, grid, [grid](Qt::Orientation o) {
        if (o != Qt::Horizontal) {
            return;
        }
        for (int c = 0; c < grid->model()->columnCount(); ++c) {
            grid->setColumnWidth(
                c, std::max(grid->columnWidth(c), grid->horizontalHeader()->sectionSizeHint(c)));
        }
    });
    fit();
}

PageColumn::PageColumn(EditorPage* page)
    : content_(new QWidget)
    , layout_(new QVBoxLayout(content_)) {
    layout_->setContentsMargins(20, 16, 20, 20);
    layout_->setSpacing(10);
    scroll_ = new QScrollArea(page);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setWidget(content_);
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    pageLayout->addWidget(scroll_);
}

QFormLayout* PageColumn::section(const char* title, const char* hint) {
    heading(title, hint);
    auto* form = new QFormLayout();
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    layout_->addLayout(form);
    return form;
}

void PageColumn::heading(const char* title, const char* hint) {
    QLabel* label = translatedLabel(title, content_);
    label->setObjectName(QStringLiteral("pageHeading"));
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.08);
    label->setFont(f);
    if (layout_->count() > 0) {
        layout_->addSpacing(10);
    }
    layout_->addWidget(label);
    if (hint != nullptr) {
        QLabel* hintLabel = translatedLabel(hint, content_);
        hintLabel->setWordWrap(true);
        setTextTone(hintLabel, TextTone::Muted);
        layout_->addWidget(hintLabel);
    }
}

void PageColumn::add(QWidget* widget, int stretch) {
    layout_->addWidget(widget, stretch);
}

void PageColumn::finish() {
    layout_->addStretch(1);
}

} // namespace attrition::ui
