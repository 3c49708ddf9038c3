#include "editor/contracteditor.h"

#include "editor/attritionpage.h"
#include "editor/blockpage.h"
#include "editor/cancellationpage.h"
#include "editor/depositspage.h"
#include "editor/foodbeveragepage.h"
#include "editor/generalpage.h"
#include "editor/meetingroompage.h"
#include "editor/pickuppage.h"
#include "editor/reviewpage.h"
#include "models/contracttablemodel.h"
#include "models/nightsummarymodel.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/fieldhelp.h"
#include "text/messagetext.h"
#include "widgets/fieldeditor.h"
#include "widgets/gridview.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QListWidget>
#include <QResizeEvent>
#include <QStackedWidget>
#include <array>
#include <map>

namespace attrition::ui {

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

    // One page per section, made in the order of the list (the order Tab goes through them).
    auto* general = new GeneralPage(document_, this);
    blockPage_ = new BlockPage(document_, nightModel_, this);
    auto* review = new ReviewPage(document_, this);
    pickupPage_ = new PickupPage(document_, this);
    auto* foodBeverage = new FoodBeveragePage(document_, this);
    auto* meetingRoom = new MeetingRoomPage(document_, this);
    auto* attrition = new AttritionPage(document_, this);
    auto* cancellation = new CancellationPage(document_, this);
    depositsPage_ = new DepositsPage(document_, this);
    const std::array<EditorPage*, SectionCount> pages{general,     blockPage_,   review,
                                                      pickupPage_, foodBeverage, meetingRoom,
                                                      attrition,   cancellation, depositsPage_};
    for (EditorPage* page : pages) {
        Q_ASSERT(page->section() == pages_->count());
        pages_->addWidget(page);
        connect(page, &EditorPage::statusMessage, this, &ContractEditor::statusMessage);
    }
    connect(pickupPage_->importButton(), &QAbstractButton::clicked, this,
            &ContractEditor::importPickupRequested);
    connect(nav_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    nav_->setCurrentRow(0);

    connect(document_, &ContractDocument::contractChanged, this, [this] {
        updateSectionMarks();
        refreshPages();
    });
    updateSectionMarks();
    refreshPages();
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
        refreshPages();
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
    const ContractField* field = cataloguedField(path);
    if (field == nullptr) {
        // A path that names a part of the contract ("attrition") is in the section of the fields under it.
        const QString part = path + QLatin1Char('.');
        for (const ContractField& f : contractFields()) {
            if (QString::fromUtf8(f.path.data(), static_cast<qsizetype>(f.path.size())).startsWith(part)) {
                field = &f;
                break;
            }
        }
    }
    if (field == nullptr) {
        return GeneralSection;
    }
    switch (field->section) {
    case FieldSection::General:
        return GeneralSection;
    case FieldSection::Block:
        return BlockSection;
    case FieldSection::Reviews:
        return ReviewSection;
    case FieldSection::Pickup:
        return PickupSection;
    case FieldSection::FoodBeverage:
        return FoodBeverageSection;
    case FieldSection::MeetingRoom:
        return MeetingRoomSection;
    case FieldSection::Attrition:
    case FieldSection::Comps:
        return AttritionSection;
    case FieldSection::Cancellation:
        return CancellationSection;
    case FieldSection::Deposits:
    case FieldSection::Settlement:
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

EditorPage* ContractEditor::page(Section section) const {
    return static_cast<EditorPage*>(pages_->widget(section));
}

FieldEditor* ContractEditor::field(const QString& path) const {
    for (int s = 0; s < SectionCount; ++s) {
        if (FieldEditor* f = page(static_cast<Section>(s))->field(path)) {
            return f;
        }
    }
    return nullptr;
}

void ContractEditor::showField(const QString& path) {
    showSection(sectionOf(path));
    if (FieldEditor* f = field(path)) {
        f->input()->setFocus(Qt::OtherFocusReason);
        page(sectionOf(path))->reveal(f);
        return;
    }
    for (int s = 0; s < SectionCount; ++s) {
        for (GridView* grid : page(static_cast<Section>(s))->grids()) {
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
}

GridView* ContractEditor::blockGrid() const {
    return blockPage_->grid();
}

ContractTableModel* ContractEditor::blockModel() const {
    return blockPage_->model();
}

GridView* ContractEditor::pickupGrid() const {
    return pickupPage_->grid();
}

ContractTableModel* ContractEditor::pickupModel() const {
    return pickupPage_->model();
}

QLabel* ContractEditor::settlementSummary() const {
    return depositsPage_->settlementSummary();
}

QLabel* ContractEditor::settlementState() const {
    return depositsPage_->settlementState();
}

GridView* ContractEditor::paymentsGrid() const {
    return depositsPage_->paymentsGrid();
}

QWidget* ContractEditor::defaultsBar(Section section) const {
    return page(section)->defaultsBar();
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

void ContractEditor::refreshPages() {
    for (int s = 0; s < SectionCount; ++s) {
        page(static_cast<Section>(s))->refresh();
    }
}

} // namespace attrition::ui
