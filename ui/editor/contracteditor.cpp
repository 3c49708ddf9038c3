#include "editor/contracteditor.h"

#include "attrition/domain/clause_defaults.h"
#include "models/contracttablemodel.h"
#include "models/contracttables.h"
#include "models/nightsummarymodel.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/fieldhelp.h"
#include "text/language.h"
#include "text/messagetext.h"
#include "widgets/fields.h"
#include "widgets/gridview.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>
#include <map>

namespace attrition::ui {

namespace {

using Getter = LineField::Getter;
using Setter = LineField::Setter;

/// A text of the editor as the sources write it, marked with QT_TR_NOOP where it is given (lupdate files it
/// under ContractEditor, as it does the editor's tr() calls). The widget it is set on is given it again in
/// each language chosen (retranslateWith()); nullptr: no text.
using Text = const char*;

QString translated(Text text) {
    return text != nullptr ? ContractEditor::tr(text) : QString();
}

/// The field's label and placeholder, now and in each language chosen later.
LineField* withTexts(LineField* field, Text label, Text placeholder = nullptr) {
    retranslateWith(field, [field, label, placeholder] {
        field->setLabel(translated(label));
        field->setPlaceholder(translated(placeholder));
    });
    return field;
}

template <typename Field> Field* withLabel(Field* field, Text label) {
    retranslateWith(field, [field, label] { field->setLabel(translated(label)); });
    return field;
}

QLabel* translatedLabel(Text text, QWidget* parent = nullptr) {
    auto* label = new QLabel(parent);
    retranslateWith(label, [label, text] { label->setText(translated(text)); });
    return label;
}

void setTranslatedToolTip(QWidget* widget, Text tip) {
    retranslateWith(widget, [widget, tip] { widget->setToolTip(translated(tip)); });
}

/// What an empty table says, in each language.
void setPlaceholder(GridView* view, Text text) {
    retranslateWith(view, [view, text] { view->setPlaceholderText(translated(text)); });
}

template <typename Access>
LineField* textField(ContractDocument* d, const QString& path, Text label, Access access,
                     Text placeholder = {}) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Text,
                         [access](const Contract& c) -> Value { return QString::fromStdString(access(c)); },
                         [access](Contract& c, const Value& v) {
                             const auto* text = std::get_if<QString>(&v);
                             access(c) = text != nullptr ? text->toStdString() : std::string();
                         },
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* moneyField(ContractDocument* d, const QString& path, Text label, Access access) {
    return withTexts(
        new LineField(
            d, path, translated(label), ValueKind::Money,
            [access](const Contract& c) -> Value { return access(c).minorUnits(); },
            [access](Contract& c, const Value& v) { access(c) = Money(integerOr(v), c.currency); }),
        label);
}

template <typename Access>
LineField* optionalMoneyField(ContractDocument* d, const QString& path, Text label, Access access,
                              Text placeholder) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Money,
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
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* percentField(ContractDocument* d, const QString& path, Text label, Access access) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Percent,
                         [access](const Contract& c) -> Value { return access(c).partsPerMillion(); },
                         [access](Contract& c, const Value& v) {
                             access(c) = Percent::fromPartsPerMillion(integerOr(v));
                         }),
                     label);
}

template <typename Access>
LineField* optionalPercentField(ContractDocument* d, const QString& path, Text label, Access access,
                                Text placeholder) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Percent,
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
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* dateField(ContractDocument* d, const QString& path, Text label, Access access) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Date,
                         [access](const Contract& c) -> Value { return access(c); },
                         [access](Contract& c, const Value& v) {
                             if (const auto* date = std::get_if<Date>(&v)) {
                                 access(c) = *date;
                             }
                         }),
                     label);
}

/// A date of the stay whose change also moves or resizes the stay's nights (`apply`).
LineField* stayDateField(ContractDocument* d, const QString& path, Text label,
                         const std::function<Date(const Contract&)>& get,
                         const std::function<void(Contract&, Date)>& apply) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Date,
                         [get](const Contract& c) -> Value { return get(c); },
                         [apply](Contract& c, const Value& v) {
                             if (const auto* date = std::get_if<Date>(&v)) {
                                 apply(c, *date);
                             }
                         }),
                     label);
}

/// Selects the whole text of a line edit when it takes focus while it holds a new contract's placeholder
/// group name, so that typing replaces the placeholder instead of adding to it.
class SelectPlaceholderOnFocus : public QObject {
public:
    explicit SelectPlaceholderOnFocus(QLineEdit* edit)
        : QObject(edit)
        , edit_(edit) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == edit_ && event->type() == QEvent::FocusIn && edit_->text() == blankGroupName()) {
            // After the mouse press that gave the focus has placed the cursor.
            QTimer::singleShot(0, edit_, [edit = edit_] {
                if (edit->text() == blankGroupName()) {
                    edit->selectAll();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit* edit_;
};

template <typename Access>
LineField* optionalDateField(ContractDocument* d, const QString& path, Text label, Access access,
                             Text placeholder) {
    return withTexts(new LineField(
                         d, path, translated(label), ValueKind::Date,
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
                         true, translated(placeholder)),
                     label, placeholder);
}

template <typename Access>
LineField* countField(ContractDocument* d, const QString& path, Text label, Access access) {
    return withTexts(
        new LineField(
            d, path, translated(label), ValueKind::Count,
            [access](const Contract& c) -> Value { return std::int64_t{access(c)}; },
            [access](Contract& c, const Value& v) { access(c) = static_cast<std::int32_t>(integerOr(v)); }),
        label);
}

template <typename Access>
CheckField* checkField(ContractDocument* d, const QString& path, Text label, Access access) {
    return withLabel(new CheckField(
                         d, path, translated(label),
                         [access](const Contract& c) { return static_cast<bool>(access(c)); },
                         [access](Contract& c, bool on) { access(c) = on; }),
                     label);
}

template <typename Enum, typename Access>
ChoiceField* choiceField(ContractDocument* d, const QString& path, Text label,
                         std::vector<std::pair<Text, Enum>> choices, Access access) {
    ChoiceField::Choices items;
    std::vector<Text> texts;
    for (const auto& [text, value] : choices) {
        items.emplace_back(translated(text), static_cast<int>(value));
        texts.push_back(text);
    }
    auto* field = new ChoiceField(
        d, path, translated(label), std::move(items),
        [access](const Contract& c) { return static_cast<int>(access(c)); },
        [access](Contract& c, int value) { access(c) = static_cast<Enum>(value); });
    // The choices renamed in place: the one chosen stays chosen.
    retranslateWith(field, [field, label, texts] {
        field->setLabel(translated(label));
        QStringList names;
        for (Text text : texts) {
            names << translated(text);
        }
        field->setChoiceTexts(names);
    });
    return field;
}

/// A choice of an optional value: the first choice, `none`, stands for no value.
template <typename Enum, typename Access>
ChoiceField* optionalChoiceField(ContractDocument* d, const QString& path, Text label, Text none,
                                 std::vector<std::pair<Text, Enum>> choices, Access access) {
    ChoiceField::Choices items{{translated(none), -1}};
    std::vector<Text> texts{none};
    for (const auto& [text, value] : choices) {
        items.emplace_back(translated(text), static_cast<int>(value));
        texts.push_back(text);
    }
    auto* field = new ChoiceField(
        d, path, translated(label), std::move(items),
        [access](const Contract& c) { return access(c) ? static_cast<int>(*access(c)) : -1; },
        [access](Contract& c, int value) {
            access(c) = value < 0 ? std::nullopt : std::optional<Enum>(static_cast<Enum>(value));
        });
    retranslateWith(field, [field, label, texts] {
        field->setLabel(translated(label));
        QStringList names;
        for (Text text : texts) {
            names << translated(text);
        }
        field->setChoiceTexts(names);
    });
    return field;
}

NotesField* notesField(ContractDocument* d, const QString& path, Text label) {
    return withLabel(new NotesField(d, path, translated(label)), label);
}

/// The width of the labels of every form, so that the inputs of all sections line up.
int labelWidth(const QFontMetrics& fm) {
    return fm.horizontalAdvance(ContractEditor::tr("Performance level:")) + 16;
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

    QFormLayout* section(Text title, Text hint = nullptr) {
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

    void heading(Text title, Text hint = nullptr) {
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

    void add(QWidget* widget, int stretch = 0) { layout_->addWidget(widget, stretch); }
    void finish() { layout_->addStretch(1); }
    QWidget* content() const { return content_; }
    QWidget* widget() const { return scroll_; }

private:
    QWidget* content_;
    QVBoxLayout* layout_;
    QScrollArea* scroll_;
};

void addRow(QFormLayout* form, Text label, FieldEditor* field) {
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

void addCheck(QFormLayout* form, FieldEditor* field) {
    auto* spacer = new QLabel;
    retranslateWith(spacer, [spacer] { spacer->setFixedWidth(labelWidth(spacer->fontMetrics())); });
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
    nav_->setStyleSheet(QStringLiteral(
        "QListWidget#sectionNav { background: palette(window); border: none; outline: 0; padding-top: 8px; }"
        "QListWidget#sectionNav::item { padding: 2px 8px; margin: 1px 6px; border-radius: 4px; }"
        "QListWidget#sectionNav::item:selected { background: palette(highlight); "
        "color: palette(highlighted-text); }"));
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
    separator->setStyleSheet(QStringLiteral("QFrame#navSeparator { color: palette(mid); }"));
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
        updateSettlement();
        updateTierColumns();
        updateDefaultsBars();
    });
    updateSectionMarks();
    updateSummaries();
    updateSettlement();
    updateTierColumns();
    updateDefaultsBars();
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
        // The labels, hints and inputs of the pages follow by themselves (retranslateWith()).
        updateSummaries();
        updateSettlement();
        updateDefaultsBars();
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
    if (starts("deposits") || starts("settlement")) {
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

TableSection* ContractEditor::tableSection(const char* title, const char* hint, ContractTableModel* model) {
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
    return section;
}

QWidget* ContractEditor::generalPage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(QT_TR_NOOP("Contract"));
    addRow(form, QT_TR_NOOP("Reference"),
           add(textField(
               d, QStringLiteral("reference"), QT_TR_NOOP("Reference"),
               [](auto& c) -> auto& { return c.reference; })));
    LineField* group = textField(
        d, QStringLiteral("groupName"), QT_TR_NOOP("Group"), [](auto& c) -> auto& { return c.groupName; });
    // A new contract's placeholder name is selected when the field takes focus, so typing replaces it.
    group->lineEdit()->installEventFilter(new SelectPlaceholderOnFocus(group->lineEdit()));
    addRow(form, QT_TR_NOOP("Group"), add(group));
    addRow(
        form, QT_TR_NOOP("Account"),
        add(textField(
            d, QStringLiteral("account"), QT_TR_NOOP("Account"), [](auto& c) -> auto& { return c.account; },
            QT_TR_NOOP("The organizer: an association or company"))));
    addRow(form, QT_TR_NOOP("Hotel"),
           add(textField(
               d, QStringLiteral("hotel"), QT_TR_NOOP("Hotel"), [](auto& c) -> auto& { return c.hotel; })));
    addRow(form, QT_TR_NOOP("Sales manager"),
           add(textField(
               d, QStringLiteral("salesManager"), QT_TR_NOOP("Sales manager"),
               [](auto& c) -> auto& { return c.salesManager; })));
    addRow(form, QT_TR_NOOP("Status"),
           add(choiceField<ContractStatus>(
               d, QStringLiteral("status"), QT_TR_NOOP("Status"),
               {{QT_TR_NOOP("Prospect"), ContractStatus::Prospect},
                {QT_TR_NOOP("Tentative"), ContractStatus::Tentative},
                {QT_TR_NOOP("Definite"), ContractStatus::Definite},
                {QT_TR_NOOP("Cancelled"), ContractStatus::Cancelled},
                {QT_TR_NOOP("Actualized"), ContractStatus::Actualized},
                {QT_TR_NOOP("Lost"), ContractStatus::Lost}},
               [](auto& c) -> auto& { return c.status; })));
    addRow(form, QT_TR_NOOP("Lost reason"),
           add(optionalChoiceField<LostReason>(
               d, QStringLiteral("lostReason"), QT_TR_NOOP("Lost reason"), QT_TR_NOOP("Not lost"),
               {{QT_TR_NOOP("Price"), LostReason::Price},
                {QT_TR_NOOP("Dates"), LostReason::Dates},
                {QT_TR_NOOP("Competitor"), LostReason::Competitor},
                {QT_TR_NOOP("Other"), LostReason::Other}},
               [](auto& c) -> auto& { return c.lostReason; })));
    addRow(form, QT_TR_NOOP("Lost note"),
           add(textField(
               d, QStringLiteral("lostNote"), QT_TR_NOOP("Lost note"),
               [](auto& c) -> auto& { return c.lostNote; }, QT_TR_NOOP("Why the business was lost"))));
    addRow(form, QT_TR_NOOP("Currency"), add(new CurrencyField(d)));
    addRow(form, QT_TR_NOOP("Rounding"),
           add(choiceField<RoundingMode>(
               d, QStringLiteral("rounding"), QT_TR_NOOP("Rounding"),
               {{QT_TR_NOOP("Half up (commercial)"), RoundingMode::HalfUp},
                {QT_TR_NOOP("Half even (banker's)"), RoundingMode::HalfEven},
                {QT_TR_NOOP("Half down"), RoundingMode::HalfDown},
                {QT_TR_NOOP("Up"), RoundingMode::Up},
                {QT_TR_NOOP("Down"), RoundingMode::Down},
                {QT_TR_NOOP("Ceiling"), RoundingMode::Ceiling},
                {QT_TR_NOOP("Floor"), RoundingMode::Floor}},
               [](auto& c) -> auto& { return c.rounding; })));

    form = page.section(QT_TR_NOOP("Dates"),
                        QT_TR_NOOP("The nights of the stay run from arrival to the night before departure."));
    addRow(form, QT_TR_NOOP("Signed on"),
           add(dateField(
               d, QStringLiteral("signedOn"), QT_TR_NOOP("Signed on"),
               [](auto& c) -> auto& { return c.signedOn; })));
    // The stay's nights follow its dates: a new arrival moves the whole stay, a later departure adds nights.
    addRow(
        form, QT_TR_NOOP("Arrival"),
        add(stayDateField(
            d, QStringLiteral("arrival"), QT_TR_NOOP("Arrival"), [](const Contract& c) { return c.arrival; },
            [](Contract& c, Date date) { moveArrival(c, date); })));
    addRow(form, QT_TR_NOOP("Departure"),
           add(stayDateField(
               d, QStringLiteral("departure"), QT_TR_NOOP("Departure"),
               [](const Contract& c) { return c.departure; },
               [](Contract& c, Date date) { setDeparture(c, date); })));
    staySummary_ = new QLabel;
    setTextTone(staySummary_, TextTone::Muted);
    staySummary_->setWordWrap(true);
    form->addRow(QString(), staySummary_);
    addRow(form, QT_TR_NOOP("Cutoff"),
           add(optionalDateField(
               d, QStringLiteral("cutoff"), QT_TR_NOOP("Cutoff date"),
               [](auto& c) -> auto& { return c.cutoff; }, QT_TR_NOOP("No cutoff date"))));

    page.heading(QT_TR_NOOP("Notes"));
    page.add(add(notesField(d, QStringLiteral("notes"), QT_TR_NOOP("Notes"))));
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::blockPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    blockModel_ = makeBlockModel(document_, this);
    TableSection* section =
        tableSection(QT_TR_NOOP("Rooms held per night and room type"),
                     QT_TR_NOOP("Type or paste from a spreadsheet (Ctrl+V): rooms and rate for "
                                "each room type. Delete clears cells."),
                     blockModel_);
    blockGrid_ = section->view();
    fitColumns(blockGrid_);
    section->setVisibleRows(4, 14);
    const auto tool = [&](Icon which, Text tip, void (ContractEditor::*slot)()) {
        auto* b = new QToolButton(page);
        b->setIcon(icon(which));
        setTranslatedToolTip(b, tip);
        connect(b, &QToolButton::clicked, this, slot);
        section->addTool(b);
    };
    tool(Icon::Remove, QT_TR_NOOP("Remove the selected room type"), &ContractEditor::removeRoomTypeAsked);
    tool(Icon::Rename, QT_TR_NOOP("Rename the selected room type"), &ContractEditor::renameRoomTypeAsked);
    tool(Icon::Add, QT_TR_NOOP("Add a room type"), &ContractEditor::addRoomTypeAsked);
    layout->addWidget(section);
    blockSummary_ = new QLabel(page);
    blockSummary_->setWordWrap(true);
    blockSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(blockSummary_);
    layout->addSpacing(10);

    auto* nightsTitle = translatedLabel(QT_TR_NOOP("Night by night"), page);
    QFont f = nightsTitle->font();
    f.setBold(true);
    nightsTitle->setFont(f);
    layout->addWidget(nightsTitle);
    auto* nightsHint = translatedLabel(
        QT_TR_NOOP("The block after honoured reductions against the pickup the contract counts, "
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
        QT_TR_NOOP("Review schedule"),
        QT_TR_NOOP("By each date the group may reduce the block by up to a share of the original block."),
        makeReviewScheduleModel(document_, this));
    setPlaceholder(schedule->view(),
                   QT_TR_NOOP("No review dates: the group may not reduce the block. Add one with +."));
    schedule->setVisibleRows(3, 6);
    layout->addWidget(schedule);
    TableSection* reductions =
        tableSection(QT_TR_NOOP("Block reductions"),
                     QT_TR_NOOP("What the group asked to release, per night and room type. Entries requested "
                                "on one date form one "
                                "request; the damages panel says which were honoured."),
                     makeReductionsModel(document_, this));
    setPlaceholder(reductions->view(), QT_TR_NOOP("No reductions requested. Add one with +."));
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
        QT_TR_NOOP("Rooms picked up per night"),
        QT_TR_NOOP(
            "Type, paste from a spreadsheet, or import a property system's pickup report. Audit credits and "
            "the hotel's occupancy are per night."),
        pickupModel_);
    pickupGrid_ = pickup->view();
    fitColumns(pickupGrid_);
    pickup->setVisibleRows(4, 14);
    auto* import = new QToolButton(page);
    import->setIcon(icon(Icon::Import));
    setTranslatedToolTip(import, QT_TR_NOOP("Import a pickup report (CSV)"));
    connect(import, &QToolButton::clicked, this, &ContractEditor::importPickupRequested);
    pickup->addTool(import);
    layout->addWidget(pickup);
    pickupSummary_ = new QLabel(page);
    pickupSummary_->setWordWrap(true);
    layout->addWidget(pickupSummary_);
    TableSection* resale =
        tableSection(QT_TR_NOOP("Rooms the hotel resold"),
                     QT_TR_NOOP("Credited against the damages as the attrition clause says."),
                     makeResaleModel(document_, this));
    setPlaceholder(resale->view(), QT_TR_NOOP("No rooms resold. Add a night with +."));
    resale->setVisibleRows(3, 8);
    layout->addWidget(resale);
    layout->addStretch(1);
    return page;
}

QWidget* ContractEditor::foodBeveragePage() {
    ContractDocument* d = document_;
    Page page(this);
    page.add(makeDefaultsBar(FoodBeverageSection, FieldSection::FoodBeverage));
    QFormLayout* form = page.section(
        QT_TR_NOOP("Minimum"),
        QT_TR_NOOP(
            "The least food and beverage revenue the group commits to, before tax and service charge."));
    addRow(form, QT_TR_NOOP("F&B minimum"),
           add(moneyField(
               d, QStringLiteral("foodBeverage.minimum"), QT_TR_NOOP("F&B minimum"),
               [](auto& c) -> auto& { return c.foodBeverage.minimum; })));
    addRow(form, QT_TR_NOOP("Allowance"),
           add(percentField(
               d, QStringLiteral("foodBeverage.allowance"), QT_TR_NOOP("F&B allowance"),
               [](auto& c) -> auto& { return c.foodBeverage.allowance; })));
    addRow(form, QT_TR_NOOP("Actual spend"),
           add(moneyField(
               d, QStringLiteral("foodBeverage.actualSpend"), QT_TR_NOOP("F&B actual spend"),
               [](auto& c) -> auto& { return c.foodBeverage.actualSpend; })));
    addRow(form, QT_TR_NOOP("Damages factor"),
           add(percentField(
               d, QStringLiteral("foodBeverage.damagesFactor"), QT_TR_NOOP("F&B damages factor"),
               [](auto& c) -> auto& { return c.foodBeverage.damagesFactor; })));
    form = page.section(QT_TR_NOOP("Service charge and tax"));
    addRow(form, QT_TR_NOOP("Service charge"),
           add(percentField(
               d, QStringLiteral("foodBeverage.serviceChargeRate"), QT_TR_NOOP("Service charge"),
               [](auto& c) -> auto& { return c.foodBeverage.serviceChargeRate; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.serviceChargeOnDamages"),
                       QT_TR_NOOP("Add the service charge to the damages"),
                       [](auto& c) -> auto& { return c.foodBeverage.serviceChargeOnDamages; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("foodBeverage.taxRate"), QT_TR_NOOP("F&B tax"),
               [](auto& c) -> auto& { return c.foodBeverage.taxRate; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("foodBeverage.taxOnDamages"), QT_TR_NOOP("Tax the damages"),
                       [](auto& c) -> auto& { return c.foodBeverage.taxOnDamages; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("foodBeverage.taxOnServiceCharge"), QT_TR_NOOP("Tax the service charge"),
                 [](auto& c) -> auto& { return c.foodBeverage.taxOnServiceCharge; })));
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::meetingRoomPage() {
    ContractDocument* d = document_;
    Page page(this);
    QFormLayout* form = page.section(QT_TR_NOOP("Rental"));
    addRow(form, QT_TR_NOOP("Rental"),
           add(moneyField(
               d, QStringLiteral("meetingRoom.rental"), QT_TR_NOOP("Meeting room rental"),
               [](auto& c) -> auto& { return c.meetingRoom.rental; })));
    addRow(form, QT_TR_NOOP("With attrition"),
           add(choiceField<MeetingRoomPolicy>(
               d, QStringLiteral("meetingRoom.policy"), QT_TR_NOOP("Meeting room policy"),
               {{QT_TR_NOOP("Owed besides room attrition"), MeetingRoomPolicy::WithAttrition},
                {QT_TR_NOOP("The greater of the two"), MeetingRoomPolicy::GreaterOfTheTwo},
                {QT_TR_NOOP("Instead of room attrition"), MeetingRoomPolicy::InsteadOfAttrition}},
               [](auto& c) -> auto& { return c.meetingRoom.policy; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("meetingRoom.taxable"), QT_TR_NOOP("Taxable"),
                       [](auto& c) -> auto& { return c.meetingRoom.taxable; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("meetingRoom.taxRate"), QT_TR_NOOP("Meeting room tax"),
               [](auto& c) -> auto& { return c.meetingRoom.taxRate; })));
    TableSection* scale = tableSection(QT_TR_NOOP("Scale by room pickup"),
                                       QT_TR_NOOP("The band with the highest pickup the group reaches sets "
                                                  "the share of the rental charged. Without "
                                                  "bands the rental is ordinary rent, not assessed here."),
                                       makeMeetingScaleModel(document_, this));
    setPlaceholder(scale->view(),
                   QT_TR_NOOP("No scale: the rental is not assessed here. Add a band with +."));
    scale->setVisibleRows(3, 6);
    page.add(scale);
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::attritionPage() {
    ContractDocument* d = document_;
    Page page(this);
    page.add(makeDefaultsBar(AttritionSection, FieldSection::Attrition));
    QFormLayout* form = page.section(QT_TR_NOOP("Room attrition"));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("attrition.enabled"), QT_TR_NOOP("The contract has an attrition clause"),
                 [](auto& c) -> auto& { return c.attrition.enabled; })));
    addRow(form, QT_TR_NOOP("Performance level"),
           add(percentField(
               d, QStringLiteral("attrition.performanceLevel"), QT_TR_NOOP("Performance level"),
               [](auto& c) -> auto& { return c.attrition.performanceLevel; })));
    addRow(form, QT_TR_NOOP("Assessed"),
           add(choiceField<AttritionMethod>(
               d, QStringLiteral("attrition.method"), QT_TR_NOOP("Assessment"),
               {{QT_TR_NOOP("Cumulatively, all nights summed"), AttritionMethod::Cumulative},
                {QT_TR_NOOP("Night by night"), AttritionMethod::NightByNight}},
               [](auto& c) -> auto& { return c.attrition.method; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.overBlockCredit"),
                       QT_TR_NOOP("Rooms above the block offset other nights' shortfalls"),
                       [](auto& c) -> auto& { return c.attrition.overBlockCredit; })));
    addRow(form, QT_TR_NOOP("Required rooms"),
           add(choiceField<ThresholdRounding>(
               d, QStringLiteral("attrition.thresholdRounding"), QT_TR_NOOP("Rounding of the required rooms"),
               {{QT_TR_NOOP("Exact"), ThresholdRounding::Exact},
                {QT_TR_NOOP("Rounded up"), ThresholdRounding::Up},
                {QT_TR_NOOP("Rounded down"), ThresholdRounding::Down}},
               [](auto& c) -> auto& { return c.attrition.thresholdRounding; })));
    addRow(form, QT_TR_NOOP("Damages factor"),
           add(percentField(
               d, QStringLiteral("attrition.damagesFactor"), QT_TR_NOOP("Room damages factor"),
               [](auto& c) -> auto& { return c.attrition.damagesFactor; })));
    addRow(form, QT_TR_NOOP("Rate"),
           add(choiceField<RateBasis>(
               d, QStringLiteral("attrition.rateBasis"), QT_TR_NOOP("Rate basis"),
               {{QT_TR_NOOP("Each night's own rate"), RateBasis::PerNight},
                {QT_TR_NOOP("The block's average rate"), RateBasis::Average}},
               [](auto& c) -> auto& { return c.attrition.rateBasis; })));

    form = page.section(QT_TR_NOOP("Resale and credits"));
    addRow(form, QT_TR_NOOP("Resale credit"),
           add(choiceField<ResaleCreditMethod>(
               d, QStringLiteral("attrition.resaleCredit"), QT_TR_NOOP("Resale credit"),
               {{QT_TR_NOOP("None"), ResaleCreditMethod::None},
                {QT_TR_NOOP("By count of room nights"), ResaleCreditMethod::ByCount},
                {QT_TR_NOOP("By revenue, capped at the rate"), ResaleCreditMethod::ByRevenue}},
               [](auto& c) -> auto& { return c.attrition.resaleCredit; })));
    addRow(
        form, QT_TR_NOOP("Only when occupancy reaches"),
        add(optionalPercentField(
            d, QStringLiteral("attrition.resaleOnlyAtOccupancy"),
            QT_TR_NOOP("Resale credited from occupancy"),
            [](auto& c) -> auto& { return c.attrition.resaleOnlyAtOccupancy; }, QT_TR_NOOP("Every night"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countOutsideBlock"),
                       QT_TR_NOOP("Count bookings found outside the block"),
                       [](auto& c) -> auto& { return c.attrition.countOutsideBlock; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countBilledNoShows"), QT_TR_NOOP("Count billed no-shows"),
                       [](auto& c) -> auto& { return c.attrition.countBilledNoShows; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.countWalked"), QT_TR_NOOP("Count walked guests"),
                       [](auto& c) -> auto& { return c.attrition.countWalked; })));

    form = page.section(QT_TR_NOOP("Cap and tax"));
    addRow(form, QT_TR_NOOP("Damages cap"),
           add(optionalMoneyField(
               d, QStringLiteral("attrition.capAmount"), QT_TR_NOOP("Damages cap"),
               [](auto& c) -> auto& { return c.attrition.capAmount; }, QT_TR_NOOP("No cap"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.capRoomsAtNightBlock"),
                       QT_TR_NOOP("Charge no more rooms on a night than it blocked"),
                       [](auto& c) -> auto& { return c.attrition.capRoomsAtNightBlock; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("attrition.taxable"), QT_TR_NOOP("Tax the room damages"),
                       [](auto& c) -> auto& { return c.attrition.taxable; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("attrition.taxRate"), QT_TR_NOOP("Tax on room damages"),
               [](auto& c) -> auto& { return c.attrition.taxRate; })));

    form = page.section(QT_TR_NOOP("Comp rooms"),
                        QT_TR_NOOP("Complimentary room nights earned by ratio, rounded down."));
    addRow(form, QT_TR_NOOP("One per"),
           add(countField(
               d, QStringLiteral("comps.perRoomNights"), QT_TR_NOOP("Comp ratio"),
               [](auto& c) -> auto& { return c.comps.perRoomNights; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("comps.perNight"), QT_TR_NOOP("Earned night by night"),
                       [](auto& c) -> auto& { return c.comps.perNight; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("comps.countTowardPickup"), QT_TR_NOOP("Comp rooms count toward pickup"),
                 [](auto& c) -> auto& { return c.comps.countTowardPickup; })));
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::cancellationPage() {
    ContractDocument* d = document_;
    Page page(this);
    page.add(makeDefaultsBar(CancellationSection, FieldSection::Cancellation));
    QFormLayout* form = page.section(
        QT_TR_NOOP("Notice"),
        QT_TR_NOOP("With a notice date the contract is assessed under the cancellation clause instead of "
                   "attrition."));
    addRow(form, QT_TR_NOOP("Notice received"),
           add(optionalDateField(
               d, QStringLiteral("cancellationNotice"), QT_TR_NOOP("Cancellation notice"),
               [](auto& c) -> auto& { return c.cancellationNotice; }, QT_TR_NOOP("Not cancelled"))));
    addCheck(form, add(checkField(
                       d, QStringLiteral("forceMajeure"), QT_TR_NOOP("Cancelled by force majeure"),
                       [](auto& c) -> auto& { return c.forceMajeure; })));

    form = page.section(QT_TR_NOOP("Clause"));
    addRow(form, QT_TR_NOOP("Fee basis"),
           add(choiceField<CancellationBasis>(
               d, QStringLiteral("cancellation.basis"), QT_TR_NOOP("Cancellation basis"),
               {{QT_TR_NOOP("Anticipated room revenue"), CancellationBasis::RoomRevenue},
                {QT_TR_NOOP("Total anticipated revenue"), CancellationBasis::TotalRevenue},
                {QT_TR_NOOP("A share of each component"), CancellationBasis::PerComponent}},
               [](auto& c) -> auto& { return c.cancellation.basis; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.roundToWholeUnits"),
                       QT_TR_NOOP("Round the fee to whole currency units"),
                       [](auto& c) -> auto& { return c.cancellation.roundToWholeUnits; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("cancellation.creditResale"), QT_TR_NOOP("Credit rooms the hotel resold"),
                 [](auto& c) -> auto& { return c.cancellation.creditResale; })));
    addCheck(form,
             add(checkField(
                 d, QStringLiteral("cancellation.waiveOnForceMajeure"), QT_TR_NOOP("Waived on force majeure"),
                 [](auto& c) -> auto& { return c.cancellation.waiveOnForceMajeure; })));
    addCheck(form, add(checkField(
                       d, QStringLiteral("cancellation.taxable"), QT_TR_NOOP("Taxable"),
                       [](auto& c) -> auto& { return c.cancellation.taxable; })));
    addRow(form, QT_TR_NOOP("Tax rate"),
           add(percentField(
               d, QStringLiteral("cancellation.taxRate"), QT_TR_NOOP("Cancellation tax"),
               [](auto& c) -> auto& { return c.cancellation.taxRate; })));
    TableSection* tiers = tableSection(
        QT_TR_NOOP("Tiers"),
        QT_TR_NOOP(
            "Days before arrival the notice was received, and the share of the basis owed. Leave \"To days\" "
            "empty on the open-ended tier."),
        makeCancellationTiersModel(document_, this));
    setPlaceholder(tiers->view(),
                   QT_TR_NOOP("No tiers: the contract has no cancellation clause. Add one with +."));
    tiers->setVisibleRows(4, 8);
    tiersGrid_ = tiers->view();
    page.add(tiers);
    page.finish();
    return page.widget();
}

QWidget* ContractEditor::depositsPage() {
    ContractDocument* d = document_;
    Page page(this);
    TableSection* deposits = tableSection(QT_TR_NOOP("Deposits received"),
                                          QT_TR_NOOP("Applied, in this order, to whatever the group owes."),
                                          makeDepositsModel(document_, this));
    setPlaceholder(deposits->view(), QT_TR_NOOP("No deposits received. Add one with +."));
    deposits->setVisibleRows(3, 14);
    page.add(deposits);

    QFormLayout* form = page.section(
        QT_TR_NOOP("Settlement"),
        QT_TR_NOOP("What became of the damages: the amount agreed with the client, the invoice, what was "
                   "waived and the credit granted on a future contract of the account."));
    addRow(form, QT_TR_NOOP("Damages agreed"),
           add(optionalMoneyField(
               d, QStringLiteral("settlement.assessed"), QT_TR_NOOP("Damages agreed"),
               [](auto& c) -> auto& { return c.settlement.assessed; }, QT_TR_NOOP("Not agreed yet"))));
    addRow(form, QT_TR_NOOP("Invoiced on"),
           add(optionalDateField(
               d, QStringLiteral("settlement.invoicedOn"), QT_TR_NOOP("Invoiced on"),
               [](auto& c) -> auto& { return c.settlement.invoicedOn; }, QT_TR_NOOP("Not invoiced"))));
    addRow(
        form, QT_TR_NOOP("Invoice number"),
        add(textField(
            d, QStringLiteral("settlement.invoiceNumber"), QT_TR_NOOP("Invoice number"),
            [](auto& c) -> auto& { return c.settlement.invoiceNumber; }, QT_TR_NOOP("As on the invoice"))));
    TableSection* payments = tableSection(QT_TR_NOOP("Payments received"),
                                          QT_TR_NOOP("What the client paid towards the damages, and when."),
                                          makeSettlementPaymentsModel(document_, this));
    setPlaceholder(payments->view(), QT_TR_NOOP("Nothing collected yet. Add a payment with +."));
    payments->setVisibleRows(3, 10);
    payments->setObjectName(QStringLiteral("settlementPayments"));
    paymentsGrid_ = payments->view();
    page.add(payments);
    settlementSummary_ = new QLabel;
    settlementSummary_->setObjectName(QStringLiteral("settlementSummary"));
    settlementSummary_->setWordWrap(true);
    settlementSummary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page.add(settlementSummary_);
    settlementState_ = new QLabel;
    settlementState_->setObjectName(QStringLiteral("settlementState"));
    settlementState_->setWordWrap(true);
    settlementState_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    page.add(settlementState_);

    form = page.section(QT_TR_NOOP("Waiver and credit"));
    addRow(form, QT_TR_NOOP("Waived"),
           add(moneyField(
               d, QStringLiteral("settlement.waived"), QT_TR_NOOP("Waived"),
               [](auto& c) -> auto& { return c.settlement.waived; })));
    addRow(form, QT_TR_NOOP("Waiver reason"),
           add(textField(
               d, QStringLiteral("settlement.waiverReason"), QT_TR_NOOP("Waiver reason"),
               [](auto& c) -> auto& { return c.settlement.waiverReason; }, QT_TR_NOOP("Why it was waived"))));
    addRow(form, QT_TR_NOOP("Credit on a future contract"),
           add(moneyField(
               d, QStringLiteral("settlement.creditAmount"), QT_TR_NOOP("Credit on a future contract"),
               [](auto& c) -> auto& { return c.settlement.creditAmount; })));
    addRow(form, QT_TR_NOOP("Credit to contract"),
           add(textField(
               d, QStringLiteral("settlement.creditContract"), QT_TR_NOOP("Credit to contract"),
               [](auto& c) -> auto& { return c.settlement.creditContract; },
               QT_TR_NOOP("Reference of the contract credited"))));
    page.finish();
    return page.widget();
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

namespace {

/// Where the settlement stands, in a sentence.
QString settlementStateText(SettlementState state) {
    switch (state) {
    case SettlementState::NotAssessed:
        return ContractEditor::tr("<b>Not assessed</b>: no damages have been agreed with the client yet.");
    case SettlementState::Assessed:
        return ContractEditor::tr(
            "<b>Assessed</b>: the damages are agreed with the client, not invoiced yet.");
    case SettlementState::Invoiced:
        return ContractEditor::tr("<b>Invoiced</b>: nothing has been collected yet.");
    case SettlementState::PartlyCollected:
        return ContractEditor::tr("<b>Partly collected</b>: some of the damages are paid, the rest is still "
                                  "to collect.");
    case SettlementState::Collected:
        return ContractEditor::tr("<b>Collected</b>: the damages agreed are paid in full.");
    case SettlementState::Waived:
        return ContractEditor::tr("<b>Waived</b>: the hotel waived the damages agreed in full.");
    case SettlementState::Settled:
        return ContractEditor::tr("<b>Settled</b>: nothing is left open; what was not paid was waived.");
    }
    return {};
}

} // namespace

void ContractEditor::updateSettlement() {
    if (settlementSummary_ == nullptr) {
        return;
    }
    const Contract& c = document_->contract();
    const Settlement& s = c.settlement;
    const QLocale locale;
    // Amounts of another currency or too large to add are the validation's to name; nothing is summed then.
    bool summed = true;
    Money collected;
    Money open;
    SettlementState state = SettlementState::NotAssessed;
    try {
        collected = Money(s.collected().minorUnits(), c.currency);
        open = Money(s.open().minorUnits(), c.currency);
        state = s.state();
    } catch (const std::exception&) {
        summed = false;
    }
    if (!summed) {
        settlementSummary_->setText(
            tr("The payments cannot be added up until their problems are corrected."));
        settlementState_->clear();
        return;
    }
    const QString payments = tr("%n payment(s)", nullptr, static_cast<int>(s.payments.size()));
    if (s.assessed) {
        settlementSummary_->setText(
            tr("Collected <b>%1</b> (%2) of %3 agreed &nbsp;·&nbsp; waived %4 &nbsp;·&nbsp; left to collect "
               "<b>%5</b>")
                .arg(formatMoneyWithCode(collected, locale), payments,
                     formatMoneyWithCode(Money(s.assessed->minorUnits(), c.currency), locale),
                     formatMoneyWithCode(Money(s.waived.minorUnits(), c.currency), locale),
                     formatMoneyWithCode(open.isPositive() ? open : Money::zero(c.currency), locale)));
    } else {
        settlementSummary_->setText(tr("Collected <b>%1</b> (%2); nothing is left to collect until the "
                                       "damages are agreed.")
                                        .arg(formatMoneyWithCode(collected, locale), payments));
    }
    settlementState_->setText(settlementStateText(state));
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

QWidget* ContractEditor::makeDefaultsBar(Section section, FieldSection fields) {
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
        confirm->setText(tr("Confirm"));
        confirm->setToolTip(tr("Keep these values as the contract's own terms"));
    });
    connect(confirm, &QPushButton::clicked, this, [this, section, fields] {
        document_->endMerge();
        document_->edit(tr("Confirm the defaults of %1").arg(sectionName(section)), {},
                        [fields](Contract& c) { confirmDefaultsIn(c, fields); });
        emit statusMessage(tr("Confirmed as the contract's terms (Undo takes it back)"));
    });
    layout->addWidget(confirm, 0, Qt::AlignVCenter);
    bar->hide();
    defaultsBars_.push_back(DefaultsBar{section, fields, bar, text});
    return bar;
}

QWidget* ContractEditor::defaultsBar(Section section) const {
    for (const DefaultsBar& b : defaultsBars_) {
        if (b.section == section) {
            return b.bar;
        }
    }
    return nullptr;
}

void ContractEditor::updateDefaultsBars() {
    const Contract& c = document_->contract();
    for (const DefaultsBar& b : defaultsBars_) {
        QStringList names;
        for (std::string_view path : unconfirmedDefaultsIn(c, b.fields)) {
            const QString p = QString::fromUtf8(path.data(), static_cast<qsizetype>(path.size()));
            if (const FieldEditor* f = field(p)) {
                names << f->label();
            } else if (p == QLatin1String("cancellation.tiers")) {
                names << tr("the cancellation tiers");
            }
        }
        b.bar->setVisible(!names.isEmpty());
        if (names.isEmpty()) {
            continue;
        }
        //: %1 lists the values, e.g. "the cancellation tiers, Cancellation basis".
        b.text->setText(
            tr("These values are the program's defaults, not yet confirmed from the contract: %1. "
               "Change them to the contract's own, or confirm them as they are.")
                .arg(names.join(QStringLiteral(", "))));
        const QPalette p = palette();
        b.bar->setStyleSheet(QStringLiteral("QFrame#defaultsBar { background: %1; border: 1px solid %2; "
                                            "border-radius: 4px; } QLabel#defaultsBarText { color: %3; }")
                                 .arg(warningBackground(p).name(), warningColor(p).name(),
                                      p.color(QPalette::WindowText).name()));
    }
    if (tiersGrid_ != nullptr) {
        QFont f = tiersGrid_->font();
        f.setItalic(isUnconfirmedDefault(c, "cancellation.tiers"));
        tiersGrid_->setFont(f);
    }
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
    const Contract& c = document_->contract();
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
    document_->endMerge();
    document_->edit(tr("Remove room type %1").arg(type), {},
                    [&](Contract& contract) { removeRoomType(contract, t); });
    emit statusMessage(tr("Removed the room type %1 (Undo brings it back)").arg(type));
}

} // namespace attrition::ui
