#include "attrition/ui/contracteditor.h"

#include "attrition/ui/chartmodels.h"
#include "attrition/ui/contracttables.h"
#include "attrition/ui/fields.h"
#include "attrition/ui/gridview.h"
#include "attrition/ui/icons.h"
#include "attrition/ui/messagetext.h"
#include "attrition/ui/theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <map>

namespace attrition::ui {

namespace {

using Getter = LineField::Getter;
using Setter = LineField::Setter;

template <typename Access>
LineField* textField(ContractDocument* d, const QString& path, const QString& label, Access access,
                     const QString& placeholder = {}) {
    return new LineField(
        d, path, label, ValueKind::Text,
        [access](const Contract& c) -> Value { return QString::fromStdString(access(c)); },
        [access](Contract& c, const Value& v) {
            const auto* text = std::get_if<QString>(&v);
            access(c) = text != nullptr ? text->toStdString() : std::string();
        },
        true, placeholder);
}

template <typename Access>
LineField* moneyField(ContractDocument* d, const QString& path, const QString& label, Access access) {
    return new LineField(
        d, path, label, ValueKind::Money,
        [access](const Contract& c) -> Value { return access(c).minorUnits(); },
        [access](Contract& c, const Value& v) { access(c) = Money(integerOr(v), c.currency); });
}

template <typename Access>
LineField* optionalMoneyField(ContractDocument* d, const QString& path, const QString& label, Access access,
                              const QString& placeholder) {
    return new LineField(
        d, path, label, ValueKind::Money,
        [access](const Contract& c) -> Value {
            const auto& m = access(c);
            return m ? Value{m->minorUnits()} : Value{};
        },
        [access](Contract& c, const Value& v) {
            if (std::holds_alternative<std::monostate>(v)) {
                access(c).reset();
            } else {
                access(c) = Money(integerOr(v), c.currency);
            }
        },
        true, placeholder);
}

template <typename Access>
LineField* percentField(ContractDocument* d, const QString& path, const QString& label, Access access) {
    return new LineField(
        d, path, label, ValueKind::Percent,
        [access](const Contract& c) -> Value { return access(c).partsPerMillion(); },
        [access](Contract& c, const Value& v) { access(c) = Percent::fromPartsPerMillion(integerOr(v)); });
}

template <typename Access>
LineField* optionalPercentField(ContractDocument* d, const QString& path, const QString& label, Access access,
                                const QString& placeholder) {
    return new LineField(
        d, path, label, ValueKind::Percent,
        [access](const Contract& c) -> Value {
            const auto& p = access(c);
            return p ? Value{p->partsPerMillion()} : Value{};
        },
        [access](Contract& c, const Value& v) {
            if (std::holds_alternative<std::monostate>(v)) {
                access(c).reset();
            } else {
                access(c) = Percent::fromPartsPerMillion(integerOr(v));
            }
        },
        true, placeholder);
}

template <typename Access>
LineField* dateField(ContractDocument* d, const QString& path, const QString& label, Access access) {
    return new LineField(
        d, path, label, ValueKind::Date, [access](const Contract& c) -> Value { return access(c); },
        [access](Contract& c, const Value& v) {
            if (const auto* date = std::get_if<Date>(&v)) {
                access(c) = *date;
            }
        });
}

template <typename Access>
LineField* optionalDateField(ContractDocument* d, const QString& path, const QString& label, Access access,
                             const QString& placeholder) {
    return new LineField(
        d, path, label, ValueKind::Date,
        [access](const Contract& c) -> Value {
            const auto& date = access(c);
            return date ? Value{*date} : Value{};
        },
        [access](Contract& c, const Value& v) {
            if (const auto* date = std::get_if<Date>(&v)) {
                access(c) = *date;
            } else {
                access(c).reset();
            }
        },
        true, placeholder);
}

template <typename Access>
LineField* countField(ContractDocument* d, const QString& path, const QString& label, Access access) {
    return new LineField(
        d, path, label, ValueKind::Count,
        [access](const Contract& c) -> Value { return std::int64_t{access(c)}; },
        [access](Contract& c, const Value& v) { access(c) = static_cast<std::int32_t>(integerOr(v)); });
}

template <typename Access>
CheckField* checkField(ContractDocument* d, const QString& path, const QString& label, Access access) {
    return new CheckField(
        d, path, label, [access](const Contract& c) { return static_cast<bool>(access(c)); },
        [access](Contract& c, bool on) { access(c) = on; });
}

template <typename Enum, typename Access>
ChoiceField* choiceField(ContractDocument* d, const QString& path, const QString& label,
                         std::vector<std::pair<QString, Enum>> choices, Access access) {
    ChoiceField::Choices items;
    for (const auto& [text, value] : choices) {
        items.emplace_back(text, static_cast<int>(value));
    }
    return new ChoiceField(
        d, path, label, std::move(items), [access](const Contract& c) { return static_cast<int>(access(c)); },
        [access](Contract& c, int value) { access(c) = static_cast<Enum>(value); });
}

/// A page of the editor: a scrolling column of headed sections.
class Page {
public:
    explicit Page(QWidget* parent)
        : content_(new QWidget)
        , layout_(new QVBoxLayout(content_)) {
        layout_->setContentsMargins(20, 16, 20, 20);
        layout_->setSpacing(10);
        scroll_ = new QScrollArea(parent);
        scroll_->setWidgetResizable(true);
        scroll_->setFrameShape(QFrame::NoFrame);
        scroll_->setWidget(content_);
    }

    QFormLayout* section(const QString& title, const QString& hint = {}) {
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

    void heading(const QString& title, const QString& hint = {}) {
        auto* label = new QLabel(title, content_);
        label->setObjectName(QStringLiteral("pageHeading"));
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.08);
        label->setFont(f);
        if (layout_->count() > 0) {
            layout_->addSpacing(10);
        }
        layout_->addWidget(label);
        if (!hint.isEmpty()) {
            auto* hintLabel = new QLabel(hint, content_);
            hintLabel->setWordWrap(true);
            setTextTone(hintLabel, TextTone::Muted);
            layout_->addWidget(hintLabel);
        }
    }

    void add(QWidget* widget, int stretch = 0) { layout_->addWidget(widget, stretch); }
    void finish() { layout_->addStretch(1); }
    QWidget* content() const { return content_; }
    QWidget* widget() const { return scroll_; }

private:
    QWidget* content_;
    QVBoxLayout* layout_;
    QScrollArea* scroll_;
};

/// The width of the labels of every form, so that the inputs of all sections line up.
int labelWidth(const QFontMetrics& fm) {
    return fm.horizontalAdvance(ContractEditor::tr("Performance level:")) + 16;
}

void addRow(QFormLayout* form, const QString& label, FieldEditor* field) {
    auto* l = new QLabel(QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")) + QLatin1Char(':'));
    l->setBuddy(field->input());
    l->setFixedWidth(labelWidth(l->fontMetrics()));
    l->setWordWrap(true); // a longer label takes two lines
    l->setMinimumHeight(field->input()->sizeHint().height());
    l->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->addRow(l, field);
}

/// A grid of nights sized to its contents, which the user may resize.
void fitColumns(GridView* grid) {
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
    fit();
}

void addCheck(QFormLayout* form, FieldEditor* field) {
    auto* spacer = new QLabel;
    spacer->setFixedWidth(labelWidth(spacer->fontMetrics()));
    form->addRow(spacer, field);
}

} // namespace

ContractEditor::ContractEditor(ContractDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , nav_(new QListWidget(this))
    , pages_(new QStackedWidget(this))
    , nightModel_(new NightSummaryModel(document, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    nav_->setObjectName(QStringLiteral("sectionNav"));
    nav_->setIconSize(QSize(18, 18));
    nav_->setFrameShape(QFrame::NoFrame);
    nav_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    nav_->setUniformItemSizes(true);
    const Icon icons[SectionCount] = {Icon::Contract, Icon::Rooms,        Icon::Review,
                                      Icon::Pickup,   Icon::FoodBeverage, Icon::Meeting,
                                      Icon::Clauses,  Icon::Cancellation, Icon::Deposits};
    int widest = 0;
    for (int s = 0; s < SectionCount; ++s) {
        auto* item = new QListWidgetItem(icon(icons[s]), sectionName(static_cast<Section>(s)), nav_);
        item->setSizeHint(QSize(0, fontMetrics().height() + 16));
        widest = std::max(widest, fontMetrics().horizontalAdvance(item->text()));
    }
    navWidth_ = widest + 18 + 48;
    nav_->setFixedWidth(navWidth_);
    layout->addWidget(nav_);
    auto* separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setObjectName(QStringLiteral("navSeparator"));
    layout->addWidget(separator);
    layout->addWidget(pages_, 1);

    pages_->addWidget(generalPage());
    pages_->addWidget(blockPage());
    pages_->addWidget(reviewPage());
    pages_->addWidget(pickupPage());
    pages_->addWidget(foodBeveragePage());
    pages_->addWidget(meetingRoomPage());
    pages_->addWidget(attritionPage());
    pages_->addWidget(cancellationPage());
    pages_->addWidget(depositsPage());
    connect(nav_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    nav_->setCurrentRow(0);

    for (GridView* grid : grids_) {
        connect(grid, &GridView::statusMessage, this, &ContractEditor::statusMessage);
    }
    connect(document_, &ContractDocument::contractChanged, this, [this] {
        updateSectionMarks();
        updateSummaries();
        updateTierColumns();
    });
    updateSectionMarks();
    updateSummaries();
    updateTierColumns();
}

void ContractEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    setCompact(width() < 700);
}

void ContractEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        // The section names in the new language, and the list as wide as the widest of them.
        int widest = 0;
        for (int s = 0; s < SectionCount && s < nav_->count(); ++s) {
            const QString name = sectionName(static_cast<Section>(s));
            nav_->item(s)->setText(compact_ ? QString() : name);
            widest = std::max(widest, fontMetrics().horizontalAdvance(name));
        }
        navWidth_ = widest + 18 + 48;
        if (!compact_) {
            nav_->setFixedWidth(navWidth_);
        }
        updateSectionMarks();
    }
    QWidget::changeEvent(event);
}

void ContractEditor::setCompact(bool compact) {
    if (compact == compact_) {
        return;
    }
    compact_ = compact;
    for (int s = 0; s < SectionCount; ++s) {
        nav_->item(s)->setText(compact ? QString() : sectionName(static_cast<Section>(s)));
    }
    nav_->setFixedWidth(compact ? nav_->iconSize().width() + 34 : navWidth_);
    updateSectionMarks();
}

QString ContractEditor::sectionName(Section section) {
    switch (section) {
    case GeneralSection:
        return tr("General terms");
    case BlockSection:
        return tr("Room block");
    case ReviewSection:
        return tr("Reviews");
    case PickupSection:
        return tr("Pickup");
    case FoodBeverageSection:
        return tr("Food & beverage");
    case MeetingRoomSection:
        return tr("Meeting room");
    case AttritionSection:
        return tr("Attrition & comps");
    case CancellationSection:
        return tr("Cancellation");
    case DepositsSection:
        return tr("Deposits");
    case SectionCount:
        break;
    }
    return {};
}

ContractEditor::Section ContractEditor::sectionOf(const QString& path) {
    const auto starts = [&](const char* prefix) {
        const QLatin1String p(prefix);
        return path == p || path.startsWith(p + QLatin1Char('.')) || path.startsWith(p + QLatin1Char('['));
    };
    if (starts("block")) {
        return BlockSection;
    }
    if (starts("reviewSchedule") || starts("reductions")) {
        return ReviewSection;
    }
    if (starts("pickup") || starts("auditCredits") || starts("occupancy") || starts("resale")) {
        return PickupSection;
    }
    if (starts("foodBeverage")) {
        return FoodBeverageSection;
    }
    if (starts("meetingRoom")) {
        return MeetingRoomSection;
    }
    if (starts("attrition") || starts("comps")) {
        return AttritionSection;
    }
    if (starts("cancellation") || starts("cancellationNotice")) {
        return CancellationSection;
    }
    if (starts("deposits")) {
        return DepositsSection;
    }
    return GeneralSection;
}

ContractEditor::Section ContractEditor::currentSection() const {
    return static_cast<Section>(std::max(0, nav_->currentRow()));
}

void ContractEditor::showSection(Section section) {
    nav_->setCurrentRow(section);
}

FieldEditor* ContractEditor::field(const QString& path) const {
    for (FieldEditor* f : fields_) {
        if (f->path() == path) {
            return f;
        }
    }
    return nullptr;
}

void ContractEditor::showField(const QString& path) {
    showSection(sectionOf(path));
    if (FieldEditor* f = field(path)) {
        f->input()->setFocus(Qt::OtherFocusReason);
        if (auto* scroll = qobject_cast<QScrollArea*>(pages_->currentWidget())) {
            scroll->ensureWidgetVisible(f);
        }
        return;
    }
    for (GridView* grid : grids_) {
        if (grid->contractModel() == nullptr) {
            continue;
        }
        const QModelIndex index = grid->contractModel()->indexForPath(path);
        if (index.isValid()) {
            grid->setCurrentIndex(index);
            grid->scrollTo(index);
            grid->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

TableSection* ContractEditor::tableSection(const QString& title, const QString& hint,
                                           ContractTableModel* model) {
    auto* section = new TableSection(title, hint, model);
    grids_.push_back(section->view());
    return section;
}

QWidget* ContractEditor::generalPage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(tr("Contract"));
    addRow(
        form, tr("Reference"),
        add(textField(
            d, QStringLiteral("reference"), tr("Reference"), [](auto& c) -> auto& { return c.reference; })));
    addRow(form, tr("Group"),
           add(textField(
               d, QStringLiteral("groupName"), tr("Group"), [](auto& c) -> auto& { return c.groupName; })));
    addRow(form, tr("Account"),
           add(textField(
               d, QStringLiteral("account"), tr("Account"), [](auto& c) -> auto& { return c.account; },
               tr("The organizer: an association or company"))));
    addRow(form, tr("Hotel"),
           add(textField(
               d, QStringLiteral("hotel"), tr("Hotel"), [](auto& c) -> auto& { return c.hotel; })));
    addRow(form, tr("Sales manager"),
           add(textField(
               d, QStringLiteral("salesManager"), tr("Sales manager"),
               [](auto& c) -> auto& { return c.salesManager; })));
    addRow(form, tr("Status"),
           add(choiceField<ContractStatus>(
               d, QStringLiteral("status"), tr("Status"),
               {{tr("Prospect"), ContractStatus::Prospect},
                {tr("Tentative"), ContractStatus::Tentative},
                {tr("Definite"), ContractStatus::Definite},
                {tr("Cancelled"), ContractStatus::Cancelled},
                {tr("Actualized"), ContractStatus::Actualized}},
               [](auto& c) -> auto& { return c.status; })));
    addRow(form, tr("Currency"), add(new CurrencyField(d)));
    addRow(form, tr("Rounding"),
           add(choiceField<RoundingMode>(
               d, QStringLiteral("rounding"), tr("Rounding"),
               {{tr("Half up (commercial)"), RoundingMode::HalfUp},
                {tr("Half even (banker's)"), RoundingMode::HalfEven},
                {tr("Half down"), RoundingMode::HalfDown},
                {tr("Up"), RoundingMode::Up},
                {tr("Down"), RoundingMode::Down},
                {tr("Ceiling"), RoundingMode::Ceiling},
                {tr("Floor"), RoundingMode::Floor}},
               [](auto& c) -> auto& { return c.rounding; })));

    form = page.section(tr("Dates"),
                        tr("The nights of the stay run from arrival to the night before departure."));
    addRow(form, tr("Signed on"),
           add(dateField(
               d, QStringLiteral("signedOn"), tr("Signed on"), [](auto& c) -> auto& { return c.signedOn; })));
    addRow(form, tr("Arrival"),
           add(dateField(
               d, QStringLiteral("arrival"), tr("Arrival"), [](auto& c) -> auto& { return c.arrival; })));
    addRow(
        form, tr("Departure"),
        add(dateField(
            d, QStringLiteral("departure"), tr("Departure"), [](auto& c) -> auto& { return c.departure; })));
    staySummary_ = new QLabel;
    setTextTone(staySummary_, TextTone::Muted);
    form->addRow(QString(), staySummary_);
    addRow(form, tr("Cutoff"),
           add(optionalDateField(
               d, QStringLiteral("cutoff"), tr("Cutoff date"), [](auto& c) -> auto& { return c.cutoff; },
               tr("No cutoff date"))));

    page.heading(tr("Notes"));
    page.add(add(new NotesField(d, QStringLiteral("notes"), tr("Notes"))));
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::blockPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    blockModel_ = makeBlockModel(document_, this);
    TableSection* section = tableSection(tr("Rooms held per night and room type"),
                                         tr("Type or paste from a spreadsheet (Ctrl+V): rooms and rate for "
                                            "each room type. Delete clears cells."),
                                         blockModel_);
    blockGrid_ = section->view();
    fitColumns(blockGrid_);
    section->setVisibleRows(4, 14);
    const auto tool = [&](Icon which, const QString& tip, void (ContractEditor::*slot)()) {
        auto* b = new QToolButton(page);
        b->setIcon(icon(which));
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        section->addTool(b);
    };
    tool(Icon::Remove, tr("Remove the selected room type"), &ContractEditor::removeRoomTypeAsked);
    tool(Icon::Rename, tr("Rename the selected room type"), &ContractEditor::renameRoomTypeAsked);
    tool(Icon::Add, tr("Add a room type"), &ContractEditor::addRoomTypeAsked);
    layout->addWidget(section);
    blockSummary_ = new QLabel(page);
    blockSummary_->setWordWrap(true);
    blockSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(blockSummary_);
    layout->addSpacing(10);

    auto* nightsTitle = new QLabel(tr("Night by night"), page);
    QFont f = nightsTitle->font();
    f.setBold(true);
    nightsTitle->setFont(f);
    layout->addWidget(nightsTitle);
    auto* nightsHint =
        new QLabel(tr("The block after honoured reductions against the pickup the contract counts, "
                      "and the rooms the performance level requires of each night."),
                   page);
    nightsHint->setWordWrap(true);
    setTextTone(nightsHint, TextTone::Muted);
    layout->addWidget(nightsHint);
    auto* nights = new QTableView(page);
    nights->setModel(nightModel_);
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
    connect(nightModel_, &QAbstractItemModel::modelReset, nights, fitRows);
    fitRows();
    layout->addWidget(nights);
    layout->addStretch(1);
    return page;
}

QWidget* ContractEditor::reviewPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(18);
    TableSection* schedule = tableSection(
        tr("Review schedule"),
        tr("By each date the group may reduce the block by up to a share of the original block."),
        makeReviewScheduleModel(document_, this));
    schedule->view()->setPlaceholderText(
        tr("No review dates: the group may not reduce the block. Add one with +."));
    schedule->setVisibleRows(3, 6);
    layout->addWidget(schedule);
    TableSection* reductions = tableSection(
        tr("Block reductions"),
        tr("What the group asked to release, per night and room type. Entries requested on one date form one "
           "request; the damages panel says which were honoured."),
        makeReductionsModel(document_, this));
    reductions->view()->setPlaceholderText(tr("No reductions requested. Add one with +."));
    reductions->setVisibleRows(3, 12);
    layout->addWidget(reductions);
    layout->addStretch(1);
    return page;
}

QWidget* ContractEditor::pickupPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    pickupModel_ = makePickupModel(document_, this);
    TableSection* pickup = tableSection(
        tr("Rooms picked up per night"),
        tr("Type, paste from a spreadsheet, or import a property system's pickup report. Audit credits and "
           "the hotel's occupancy are per night."),
        pickupModel_);
    pickupGrid_ = pickup->view();
    fitColumns(pickupGrid_);
    pickup->setVisibleRows(4, 14);
    auto* import = new QToolButton(page);
    import->setIcon(icon(Icon::Import));
    import->setToolTip(tr("Import a pickup report (CSV)"));
    connect(import, &QToolButton::clicked, this, &ContractEditor::importPickupRequested);
    pickup->addTool(import);
    layout->addWidget(pickup);
    pickupSummary_ = new QLabel(page);
    pickupSummary_->setWordWrap(true);
    layout->addWidget(pickupSummary_);
    TableSection* resale = tableSection(tr("Rooms the hotel resold"),
                                        tr("Credited against the damages as the attrition clause says."),
                                        makeResaleModel(document_, this));
    resale->view()->setPlaceholderText(tr("No rooms resold. Add a night with +."));
    resale->setVisibleRows(3, 8);
    layout->addWidget(resale);
    layout->addStretch(1);
    return page;
}

QWidget* ContractEditor::foodBeveragePage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(
        tr("Minimum"),
        tr("The least food and beverage revenue the group commits to, before tax and service charge."));
    addRow(form, tr("F&B minimum"),
           add(moneyField(
               d, QStringLiteral("foodBeverage.minimum"), tr("F&B minimum"),
               [](auto& c) -> auto& { return c.foodBeverage.minimum; })));
    addRow(form, tr("Allowance"),
           add(percentField(
               d, QStringLiteral("foodBeverage.allowance"), tr("F&B allowance"),
               [](auto& c) -> auto& { return c.foodBeverage.allowance; })));
    addRow(form, tr("Actual spend"),
           add(moneyField(
               d, QStringLiteral("foodBeverage.actualSpend"), tr("F&B actual spend"),
               [](auto& c) -> auto& { return c.foodBeverage.actualSpend; })));
    addRow(form, tr("Damages factor"),
           add(percentField(
               d, QStringLiteral("foodBeverage.damagesFactor"), tr("F&B damages factor"),
               [](auto& c) -> auto& { return c.foodBeverage.damagesFactor; })));
    form = page.section(tr("Service charge and tax"));
    addRow(form, tr("Service charge"),
           add(percentField(
               d, QStringLiteral("foodBeverage.serviceChargeRate"), tr("Service charge"),
               [](auto& c) -> auto& { return c.foodBeverage.serviceChargeRate; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.serviceChargeOnDamages"),
                       tr("Add the service charge to the damages"),
                       [](auto& c) -> auto& { return c.foodBeverage.serviceChargeOnDamages; })));
    addRow(form, tr("Tax rate"),
           add(percentField(
               d, QStringLiteral("foodBeverage.taxRate"), tr("F&B tax"),
               [](auto& c) -> auto& { return c.foodBeverage.taxRate; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.taxOnDamages"), tr("Tax the damages"),
                       [](auto& c) -> auto& { return c.foodBeverage.taxOnDamages; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.taxOnServiceCharge"), tr("Tax the service charge"),
                       [](auto& c) -> auto& { return c.foodBeverage.taxOnServiceCharge; })));
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::meetingRoomPage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(tr("Rental"));
    addRow(form, tr("Rental"),
           add(moneyField(
               d, QStringLiteral("meetingRoom.rental"), tr("Meeting room rental"),
               [](auto& c) -> auto& { return c.meetingRoom.rental; })));
    addRow(form, tr("With attrition"),
           add(choiceField<MeetingRoomPolicy>(
               d, QStringLiteral("meetingRoom.policy"), tr("Meeting room policy"),
               {{tr("Owed besides room attrition"), MeetingRoomPolicy::WithAttrition},
                {tr("The greater of the two"), MeetingRoomPolicy::GreaterOfTheTwo},
                {tr("Instead of room attrition"), MeetingRoomPolicy::InsteadOfAttrition}},
               [](auto& c) -> auto& { return c.meetingRoom.policy; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("meetingRoom.taxable"), tr("Taxable"),
                       [](auto& c) -> auto& { return c.meetingRoom.taxable; })));
    addRow(form, tr("Tax rate"),
           add(percentField(
               d, QStringLiteral("meetingRoom.taxRate"), tr("Meeting room tax"),
               [](auto& c) -> auto& { return c.meetingRoom.taxRate; })));
    TableSection* scale = tableSection(
        tr("Scale by room pickup"),
        tr("The band with the highest pickup the group reaches sets the share of the rental charged. Without "
           "bands the rental is ordinary rent, not assessed here."),
        makeMeetingScaleModel(document_, this));
    scale->view()->setPlaceholderText(tr("No scale: the rental is not assessed here. Add a band with +."));
    scale->setVisibleRows(3, 6);
    page.add(scale);
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::attritionPage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(tr("Room attrition"));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.enabled"), tr("The contract has an attrition clause"),
                       [](auto& c) -> auto& { return c.attrition.enabled; })));
    addRow(form, tr("Performance level"),
           add(percentField(
               d, QStringLiteral("attrition.performanceLevel"), tr("Performance level"),
               [](auto& c) -> auto& { return c.attrition.performanceLevel; })));
    addRow(form, tr("Assessed"),
           add(choiceField<AttritionMethod>(
               d, QStringLiteral("attrition.method"), tr("Assessment"),
               {{tr("Cumulatively, all nights summed"), AttritionMethod::Cumulative},
                {tr("Night by night"), AttritionMethod::NightByNight}},
               [](auto& c) -> auto& { return c.attrition.method; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.overBlockCredit"),
                       tr("Rooms above the block offset other nights' shortfalls"),
                       [](auto& c) -> auto& { return c.attrition.overBlockCredit; })));
    addRow(form, tr("Required rooms"),
           add(choiceField<ThresholdRounding>(
               d, QStringLiteral("attrition.thresholdRounding"), tr("Rounding of the required rooms"),
               {{tr("Exact"), ThresholdRounding::Exact},
                {tr("Rounded up"), ThresholdRounding::Up},
                {tr("Rounded down"), ThresholdRounding::Down}},
               [](auto& c) -> auto& { return c.attrition.thresholdRounding; })));
    addRow(form, tr("Damages factor"),
           add(percentField(
               d, QStringLiteral("attrition.damagesFactor"), tr("Room damages factor"),
               [](auto& c) -> auto& { return c.attrition.damagesFactor; })));
    addRow(form, tr("Rate"),
           add(choiceField<RateBasis>(
               d, QStringLiteral("attrition.rateBasis"), tr("Rate basis"),
               {{tr("Each night's own rate"), RateBasis::PerNight},
                {tr("The block's average rate"), RateBasis::Average}},
               [](auto& c) -> auto& { return c.attrition.rateBasis; })));

    form = page.section(tr("Resale and credits"));
    addRow(form, tr("Resale credit"),
           add(choiceField<ResaleCreditMethod>(
               d, QStringLiteral("attrition.resaleCredit"), tr("Resale credit"),
               {{tr("None"), ResaleCreditMethod::None},
                {tr("By count of room nights"), ResaleCreditMethod::ByCount},
                {tr("By revenue, capped at the rate"), ResaleCreditMethod::ByRevenue}},
               [](auto& c) -> auto& { return c.attrition.resaleCredit; })));
    addRow(form, tr("Only when occupancy reaches"),
           add(optionalPercentField(
               d, QStringLiteral("attrition.resaleOnlyAtOccupancy"), tr("Resale credited from occupancy"),
               [](auto& c) -> auto& { return c.attrition.resaleOnlyAtOccupancy; }, tr("Every night"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countOutsideBlock"),
                       tr("Count bookings found outside the block"),
                       [](auto& c) -> auto& { return c.attrition.countOutsideBlock; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countBilledNoShows"), tr("Count billed no-shows"),
                       [](auto& c) -> auto& { return c.attrition.countBilledNoShows; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countWalked"), tr("Count walked guests"),
                       [](auto& c) -> auto& { return c.attrition.countWalked; })));

    form = page.section(tr("Cap and tax"));
    addRow(form, tr("Damages cap"),
           add(optionalMoneyField(
               d, QStringLiteral("attrition.capAmount"), tr("Damages cap"),
               [](auto& c) -> auto& { return c.attrition.capAmount; }, tr("No cap"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.capRoomsAtNightBlock"),
                       tr("Charge no more rooms on a night than it blocked"),
                       [](auto& c) -> auto& { return c.attrition.capRoomsAtNightBlock; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.taxable"), tr("Tax the room damages"),
                       [](auto& c) -> auto& { return c.attrition.taxable; })));
    addRow(form, tr("Tax rate"),
           add(percentField(
               d, QStringLiteral("attrition.taxRate"), tr("Tax on room damages"),
               [](auto& c) -> auto& { return c.attrition.taxRate; })));

    form = page.section(tr("Comp rooms"), tr("Complimentary room nights earned by ratio, rounded down."));
    addRow(form, tr("One per"),
           add(countField(
               d, QStringLiteral("comps.perRoomNights"), tr("Comp ratio"),
               [](auto& c) -> auto& { return c.comps.perRoomNights; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("comps.perNight"), tr("Earned night by night"),
                       [](auto& c) -> auto& { return c.comps.perNight; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("comps.countTowardPickup"), tr("Comp rooms count toward pickup"),
                       [](auto& c) -> auto& { return c.comps.countTowardPickup; })));
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::cancellationPage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(
        tr("Notice"),
        tr("With a notice date the contract is assessed under the cancellation clause instead of "
           "attrition."));
    addRow(form, tr("Notice received"),
           add(optionalDateField(
               d, QStringLiteral("cancellationNotice"), tr("Cancellation notice"),
               [](auto& c) -> auto& { return c.cancellationNotice; }, tr("Not cancelled"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("forceMajeure"), tr("Cancelled by force majeure"),
                       [](auto& c) -> auto& { return c.forceMajeure; })));

    form = page.section(tr("Clause"));
    addRow(form, tr("Fee basis"),
           add(choiceField<CancellationBasis>(
               d, QStringLiteral("cancellation.basis"), tr("Cancellation basis"),
               {{tr("Anticipated room revenue"), CancellationBasis::RoomRevenue},
                {tr("Total anticipated revenue"), CancellationBasis::TotalRevenue},
                {tr("A share of each component"), CancellationBasis::PerComponent}},
               [](auto& c) -> auto& { return c.cancellation.basis; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.roundToWholeUnits"),
                       tr("Round the fee to whole currency units"),
                       [](auto& c) -> auto& { return c.cancellation.roundToWholeUnits; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.creditResale"), tr("Credit rooms the hotel resold"),
                       [](auto& c) -> auto& { return c.cancellation.creditResale; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.waiveOnForceMajeure"), tr("Waived on force majeure"),
                       [](auto& c) -> auto& { return c.cancellation.waiveOnForceMajeure; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.taxable"), tr("Taxable"),
                       [](auto& c) -> auto& { return c.cancellation.taxable; })));
    addRow(form, tr("Tax rate"),
           add(percentField(
               d, QStringLiteral("cancellation.taxRate"), tr("Cancellation tax"),
               [](auto& c) -> auto& { return c.cancellation.taxRate; })));
    TableSection* tiers = tableSection(
        tr("Tiers"),
        tr("Days before arrival the notice was received, and the share of the basis owed. Leave \"To days\" "
           "empty on the open-ended tier."),
        makeCancellationTiersModel(document_, this));
    tiers->view()->setPlaceholderText(
        tr("No tiers: the contract has no cancellation clause. Add one with +."));
    tiers->setVisibleRows(4, 8);
    tiersGrid_ = tiers->view();
    page.add(tiers);
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::depositsPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    TableSection* deposits =
        tableSection(tr("Deposits received"), tr("Applied, in this order, to whatever the group owes."),
                     makeDepositsModel(document_, this));
    deposits->view()->setPlaceholderText(tr("No deposits received. Add one with +."));
    deposits->setVisibleRows(3, 14);
    layout->addWidget(deposits);
    layout->addStretch(1);
    return page;
}

void ContractEditor::updateSectionMarks() {
    std::map<int, QStringList> problems;
    const Contract& c = document_->contract();
    for (const ValidationIssue& issue : document_->results().issues) {
        problems[sectionOf(fieldPath(issue))] << issueText(issue, &c);
    }
    const Icon icons[SectionCount] = {Icon::Contract, Icon::Rooms,        Icon::Review,
                                      Icon::Pickup,   Icon::FoodBeverage, Icon::Meeting,
                                      Icon::Clauses,  Icon::Cancellation, Icon::Deposits};
    for (int s = 0; s < SectionCount; ++s) {
        QListWidgetItem* item = nav_->item(s);
        const auto it = problems.find(s);
        const bool bad = it != problems.end();
        item->setIcon(icon(bad ? Icon::Error : icons[s]));
        const QString name = sectionName(static_cast<Section>(s));
        item->setToolTip(bad ? name + QLatin1Char('\n') + it->second.join(QLatin1Char('\n')) : name);
        item->setForeground(bad ? QBrush(errorColor(palette())) : QBrush());
    }
}

void ContractEditor::updateSummaries() {
    const Contract& c = document_->contract();
    const QLocale locale;
    if (c.departure > c.arrival) {
        staySummary_->setText(
            tr("%n night(s): %1 to %2", nullptr, c.nightCount())
                .arg(formatNight(c.arrival, locale), formatNight(c.departure.addDays(-1), locale)));
    } else {
        staySummary_->clear();
    }

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

    if (const auto& a = document_->results().assessment) {
        pickupSummary_->setText(
            tr("Picked up <b>%1</b> room nights; counted with credits <b>%2</b> of a block of %3: <b>%4</b>")
                .arg(formatCount(a->pickedUpRoomNights, locale), formatCount(a->countedRoomNights, locale),
                     formatCount(a->revisedRoomNights, locale), formatPercent(a->pickupPercent, locale)));
    } else {
        pickupSummary_->clear();
    }
}

void ContractEditor::updateTierColumns() {
    if (tiersGrid_ == nullptr) {
        return;
    }
    const bool perComponent = document_->contract().cancellation.basis == CancellationBasis::PerComponent;
    tiersGrid_->setColumnHidden(TierPercent, perComponent);
    tiersGrid_->setColumnHidden(TierRooms, !perComponent);
    tiersGrid_->setColumnHidden(TierFoodBeverage, !perComponent);
    tiersGrid_->setColumnHidden(TierMeetingRoom, !perComponent);
}

QString ContractEditor::selectedRoomType() const {
    const QStringList types = roomTypes(document_->contract());
    const QModelIndex current = blockGrid_->currentIndex();
    if (current.isValid() && current.column() / 2 < types.size()) {
        return types.at(current.column() / 2);
    }
    return types.size() == 1 ? types.first() : QString();
}

void ContractEditor::addRoomTypeAsked() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add Room Type"), tr("Room type code (for example KING or DBL):"),
                              QLineEdit::Normal, {}, &ok)
            .trimmed();
    if (!ok || name.isEmpty()) {
        return;
    }
    if (roomTypes(document_->contract()).contains(name)) {
        emit statusMessage(tr("The block already has the room type %1").arg(name));
        return;
    }
    document_->endMerge();
    document_->edit(tr("Add room type %1").arg(name), {},
                    [&](Contract& c) { addRoomType(c, name.toStdString()); });
}

void ContractEditor::renameRoomTypeAsked() {
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
    if (roomTypes(document_->contract()).contains(to)) {
        emit statusMessage(tr("The block already has the room type %1").arg(to));
        return;
    }
    document_->endMerge();
    document_->edit(tr("Rename room type %1").arg(from), {},
                    [&](Contract& c) { renameRoomType(c, from.toStdString(), to.toStdString()); });
}

void ContractEditor::removeRoomTypeAsked() {
    const QString type = selectedRoomType();
    if (type.isEmpty()) {
        emit statusMessage(tr("Select a cell of the room type to remove"));
        return;
    }
    document_->endMerge();
    document_->edit(tr("Remove room type %1").arg(type), {},
                    [&](Contract& c) { removeRoomType(c, type.toStdString()); });
    emit statusMessage(tr("Removed the room type %1 (Undo brings it back)").arg(type));
}

} // namespace attrition::ui
