#include "views/scenariopanel.h"

#include "attrition/io/scenario_grid.h"
#include "charts/scenariocurveschart.h"
#include "models/comparisondelegate.h"
#include "models/pickuprounding.h"
#include "models/scenariocomparisonmodel.h"
#include "models/scenarionightsmodel.h"
#include "models/scenarioset.h"
#include "session/contractdocument.h"
#include "session/folders.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/values.h"
#include "widgets/gridview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QScatterSeries>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace attrition::ui {

namespace {

/// The name of the action and of its undo step.
QString newScenarioText() {
    return ScenarioPanel::tr("New scenario");
}

QString renameScenarioText() {
    return ScenarioPanel::tr("Rename scenario");
}

enum PickupMode { AsRecorded, Uniform, PerNight };
enum CancelMode { AsContract, CancelledOn, NotCancelled };

QLabel* errorLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    setTextTone(l, TextTone::Error);
    l->hide();
    return l;
}

void showError(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLabel* heading(QWidget* parent) {
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

ScenarioPanel::ScenarioPanel(ContractDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , comparison_(new ScenarioComparisonModel(document, nullptr, this))
    , pickupNights_(new ScenarioNightsModel(ScenarioNightsModel::Kind::Pickup, document, nullptr, this))
    , resaleNights_(new ScenarioNightsModel(ScenarioNightsModel::Kind::Resale, document, nullptr, this))
    , list_(new QListWidget(this))
    , editor_(new QWidget(this))
    , listHeading_(heading(this))
    , addButton_(new QToolButton(this))
    , duplicateButton_(new QToolButton(this))
    , removeButton_(new QToolButton(this))
    , gridButton_(new QToolButton(this))
    , importGrid_(new QAction(this))
    , pasteGrid_(new QAction(this))
    , emptyHint_(new QLabel(this))
    , nameLabel_(new QLabel(this))
    , pickupLabel_(new QLabel(this))
    , percentSign_(new QLabel(this))
    , spendLabel_(new QLabel(this))
    , resaleLabel_(new QLabel(this))
    , cancelLabel_(new QLabel(this))
    , tableHeading_(heading(this))
    , chartHeading_(heading(this))
    , name_(new QLineEdit(this))
    , pickupMode_(new QComboBox(this))
    , uniform_(new QLineEdit(this))
    , uniformError_(errorLabel(this))
    , roundingNote_(new QLabel(this))
    , pickupGrid_(new GridView(this))
    , spendOn_(new QCheckBox(this))
    , spend_(new QLineEdit(this))
    , spendError_(errorLabel(this))
    , resaleOn_(new QCheckBox(this))
    , resaleGrid_(new GridView(this))
    , cancelMode_(new QComboBox(this))
    , notice_(new QLineEdit(this))
    , noticeError_(errorLabel(this))
    , table_(new QTableView(this))
    , chart_(new ScenarioCurvesChart(comparison_, this)) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    outer->addWidget(split);

    // Top: the scenarios and the one being edited.
    auto* top = new QWidget(split);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(16, 12, 16, 8);
    topLayout->setSpacing(16);
    auto* listColumn = new QVBoxLayout();
    auto* listHeader = new QHBoxLayout();
    listHeader->addWidget(listHeading_);
    listHeader->addStretch(1);
    const auto tool = [&](QToolButton* b, Icon which, void (ScenarioPanel::*slot)()) {
        b->setIcon(icon(which));
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        listHeader->addWidget(b);
    };
    tool(addButton_, Icon::Add, &ScenarioPanel::addScenario);
    tool(duplicateButton_, Icon::Duplicate, &ScenarioPanel::duplicateScenario);
    tool(removeButton_, Icon::Remove, &ScenarioPanel::removeScenario);
    // A grid of scenarios at once: from a CSV file, or cells copied from a spreadsheet.
    auto* gridMenu = new QMenu(gridButton_);
    gridMenu->addAction(importGrid_);
    gridMenu->addAction(pasteGrid_);
    connect(importGrid_, &QAction::triggered, this, &ScenarioPanel::importScenarioGrid);
    connect(pasteGrid_, &QAction::triggered, this, &ScenarioPanel::pasteScenarioGrid);
    gridButton_->setIcon(icon(Icon::Import));
    gridButton_->setAutoRaise(true);
    gridButton_->setMenu(gridMenu);
    gridButton_->setPopupMode(QToolButton::InstantPopup);
    listHeader->addWidget(gridButton_);
    listColumn->addLayout(listHeader);
    list_->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("Pickup at 95% of the block")) +
                           24);
    list_->setMaximumWidth(list_->minimumWidth() + 60);
    listColumn->addWidget(list_, 1);
    emptyHint_->setWordWrap(true);
    emptyHint_->setMaximumWidth(list_->maximumWidth());
    setTextTone(emptyHint_, TextTone::Muted);
    listColumn->addWidget(emptyHint_);
    topLayout->addLayout(listColumn);

    auto* form = new QFormLayout(editor_);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(14);
    form->setVerticalSpacing(8);
    nameLabel_->setBuddy(name_);
    form->addRow(nameLabel_, name_);
    // Named by retranslate().
    pickupMode_->addItem(QString(), AsRecorded);
    pickupMode_->addItem(QString(), Uniform);
    pickupMode_->addItem(QString(), PerNight);
    auto* pickupRow = new QHBoxLayout();
    pickupRow->addWidget(pickupMode_);
    uniform_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    uniform_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.0000")) + 20);
    uniform_->setPlaceholderText(QStringLiteral("90"));
    pickupRow->addWidget(uniform_);
    pickupRow->addWidget(percentSign_);
    pickupRow->addStretch(1);
    form->addRow(pickupLabel_, pickupRow);
    form->addRow(QString(), uniformError_);
    name_->setObjectName(QStringLiteral("scenarioName"));
    uniform_->setObjectName(QStringLiteral("uniformPickup"));
    notice_->setObjectName(QStringLiteral("cancellationNotice"));
    roundingNote_->setWordWrap(true);
    roundingNote_->setObjectName(QStringLiteral("roundingNote"));
    setTextTone(roundingNote_, TextTone::Muted);
    roundingNote_->hide();
    form->addRow(QString(), roundingNote_);
    pickupGrid_->setEditingModel(pickupNights_, pickupNights_);
    pickupGrid_->setMinimumHeight(110);
    form->addRow(QString(), pickupGrid_);
    auto* spendRow = new QHBoxLayout();
    spendRow->addWidget(spendOn_);
    spend_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    spend_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0,000,000.00")) + 24);
    spendRow->addWidget(spend_);
    spendRow->addStretch(1);
    form->addRow(spendLabel_, spendRow); // a label without a buddy shows "&" as it is
    form->addRow(QString(), spendError_);
    resaleLabel_->setBuddy(resaleOn_);
    form->addRow(resaleLabel_, resaleOn_);
    resaleGrid_->setEditingModel(resaleNights_, resaleNights_);
    resaleGrid_->setMinimumHeight(110);
    form->addRow(QString(), resaleGrid_);
    cancelMode_->addItem(QString(), AsContract);
    cancelMode_->addItem(QString(), CancelledOn);
    cancelMode_->addItem(QString(), NotCancelled);
    auto* cancelRow = new QHBoxLayout();
    cancelRow->addWidget(cancelMode_);
    notice_->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 30);
    cancelRow->addWidget(notice_);
    cancelRow->addStretch(1);
    form->addRow(cancelLabel_, cancelRow);
    form->addRow(QString(), noticeError_);
    auto* scroll = new QScrollArea(top);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor_);
    topLayout->addWidget(scroll, 1);

    // Bottom: the comparison and the curves.
    auto* bottom = new QSplitter(Qt::Horizontal, split);
    bottom->setChildrenCollapsible(false);
    auto* tableBox = new QWidget(bottom);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(16, 8, 8, 12);
    tableLayout->addWidget(tableHeading_);
    table_->setModel(comparison_);
    table_->setItemDelegate(new ComparisonDelegate(table_));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setAlternatingRowColors(true);
    table_->setShowGrid(false);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() * 2 + 10);
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("+000,000.00")) + 24);
    tableLayout->addWidget(table_, 1);
    auto* chartBox = new QWidget(bottom);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(8, 8, 16, 12);
    chartLayout->addWidget(chartHeading_);
    chartLayout->addWidget(chart_, 1);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({340, 600}); // on a laptop's screen the top still shows the hint of an empty list whole

    connect(list_, &QListWidget::currentRowChanged, this, [this] { refreshEditor(); });
    connect(list_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (refreshing_) {
            return;
        }
        const std::string name = item->text().trimmed().toStdString();
        const int row = list_->row(item);
        if (scenarios_ != nullptr && row >= 0 && !name.empty() &&
            name != scenarios_->scenarios()[static_cast<std::size_t>(row)].name) {
            scenarios_->endMerge();
            scenarios_->edit(renameScenarioText(), {}, [&](std::vector<Scenario>& all) {
                all[static_cast<std::size_t>(row)].name = name;
            });
        }
    });
    connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
        const std::string name = text.trimmed().toStdString();
        if (!name.empty()) {
            editCurrent(renameScenarioText(), QStringLiteral("name"), [&](Scenario& s) { s.name = name; });
        }
    });
    connect(pickupMode_, &QComboBox::activated, this, [this](int index) {
        const int mode = pickupMode_->itemData(index).toInt();
        const Contract& c = document_->contract();
        editCurrent(tr("Change scenario pickup"), {}, [&](Scenario& s) {
            s.overrides.uniformPickup.reset();
            s.overrides.pickup.reset();
            if (mode == Uniform) {
                s.overrides.uniformPickup = Percent::fromPoints(90);
            } else if (mode == PerNight) {
                s.overrides.pickup = c.pickup;
            }
        });
    });
    connect(uniform_, &QLineEdit::textEdited, this, [this](const QString& text) {
        const Parsed p = parsePercent(text);
        showError(uniformError_, p.error);
        if (p.ok()) {
            const Percent value = Percent::fromPartsPerMillion(integerOr(p.value));
            editCurrent(tr("Change scenario pickup"), QStringLiteral("uniform"),
                        [&](Scenario& s) { s.overrides.uniformPickup = value; });
        }
    });
    connect(spendOn_, &QCheckBox::clicked, this, [this](bool on) {
        const Money actual = document_->contract().foodBeverage.actualSpend;
        editCurrent(tr("Change scenario F&B spend"), {}, [&](Scenario& s) {
            s.overrides.foodBeverageSpend = on ? std::optional<Money>(actual) : std::nullopt;
        });
    });
    connect(spend_, &QLineEdit::textEdited, this, [this](const QString& text) {
        const Currency currency = document_->contract().currency;
        const Parsed p = parseMoney(text, currency);
        showError(spendError_, p.error);
        if (p.ok()) {
            const Money value(integerOr(p.value), currency);
            editCurrent(tr("Change scenario F&B spend"), QStringLiteral("spend"),
                        [&](Scenario& s) { s.overrides.foodBeverageSpend = value; });
        }
    });
    connect(resaleOn_, &QCheckBox::clicked, this, [this](bool on) {
        const std::vector<ResaleEntry> resale = document_->contract().resale;
        editCurrent(tr("Change scenario resale"), {}, [&](Scenario& s) {
            s.overrides.resale = on ? std::optional<std::vector<ResaleEntry>>(resale) : std::nullopt;
        });
    });
    connect(cancelMode_, &QComboBox::activated, this, [this](int index) {
        const int mode = cancelMode_->itemData(index).toInt();
        const Contract& c = document_->contract();
        editCurrent(tr("Change scenario cancellation"), {}, [&](Scenario& s) {
            s.overrides.withoutCancellation = mode == NotCancelled;
            s.overrides.cancellationNotice.reset();
            if (mode == CancelledOn) {
                s.overrides.cancellationNotice = c.cancellationNotice.value_or(
                    std::max(c.signedOn, fromQDate(QDate::currentDate()).value_or(c.signedOn)));
            }
        });
    });
    connect(notice_, &QLineEdit::textEdited, this, [this](const QString& text) {
        const Parsed p = parseDate(text);
        showError(noticeError_, p.error);
        if (const auto* d = std::get_if<Date>(&p.value)) {
            const Date notice = *d;
            editCurrent(tr("Change scenario cancellation"), QStringLiteral("notice"),
                        [&](Scenario& s) { s.overrides.cancellationNotice = notice; });
        }
    });
    for (QLineEdit* e : {name_, uniform_, spend_, notice_}) {
        connect(e, &QLineEdit::editingFinished, this, [this] {
            if (scenarios_ != nullptr) {
                scenarios_->endMerge();
            }
        });
    }
    connect(document_, &ContractDocument::contractChanged, this, &ScenarioPanel::scheduleRecompute);
    setScenarioSet(nullptr);
    retranslate();
}

void ScenarioPanel::retranslate() {
    listHeading_->setText(tr("Scenarios"));
    addButton_->setToolTip(newScenarioText());
    duplicateButton_->setToolTip(tr("Duplicate the scenario"));
    removeButton_->setToolTip(tr("Remove the scenario"));
    gridButton_->setToolTip(tr("Add a grid of scenarios: one row per scenario (CSV, or cells copied from a "
                               "spreadsheet)"));
    importGrid_->setText(tr("Import Grid…"));
    pasteGrid_->setText(tr("Paste Grid"));
    emptyHint_->setText(
        tr("A scenario changes the pickup, the F&B spend, the resold rooms or the cancellation "
           "date, and shows what the group would owe. Add one with +."));
    // Its lines whole at the list's narrowest: the splitter above the comparison does not ask a wrapped
    // label for its height.
    emptyHint_->setMinimumHeight(emptyHint_->heightForWidth(list_->minimumWidth()));
    nameLabel_->setText(tr("Name:"));
    pickupLabel_->setText(tr("Pickup:"));
    // In place: the choice shown stays.
    pickupMode_->setItemText(pickupMode_->findData(AsRecorded), tr("As recorded"));
    pickupMode_->setItemText(pickupMode_->findData(Uniform), tr("A share of the block, every night"));
    pickupMode_->setItemText(pickupMode_->findData(PerNight), tr("Per night and room type"));
    percentSign_->setText(QLocale().percent());
    spendLabel_->setText(tr("F&B:"));
    spendOn_->setText(tr("Actual F&&B spend"));
    resaleLabel_->setText(tr("Resale:"));
    resaleOn_->setText(tr("Rooms the hotel resells"));
    cancelLabel_->setText(tr("Cancellation:"));
    cancelMode_->setItemText(cancelMode_->findData(AsContract), tr("As the contract says"));
    cancelMode_->setItemText(cancelMode_->findData(CancelledOn), tr("The group cancels on"));
    cancelMode_->setItemText(cancelMode_->findData(NotCancelled), tr("The group does not cancel"));
    notice_->setPlaceholderText(dateFormat(QLocale()).toLower());
    tableHeading_->setText(tr("Side by side"));
    chartHeading_->setText(tr("Damages owed against pickup"));
    // What the user typed and could not be read stays, its problem said in the new language; the other
    // inputs show the scenario's values in the locale's notation.
    const auto rephrase = [](QLabel* error, const QString& problem) {
        if (!error->isHidden()) {
            showError(error, problem);
        }
    };
    rephrase(uniformError_, parsePercent(uniform_->text()).error);
    rephrase(spendError_, parseMoney(spend_->text(), document_->contract().currency).error);
    rephrase(noticeError_, parseDate(notice_->text()).error);
    refreshEditor(true);
    // The comparison words why a column cannot be assessed when it is worked out.
    scheduleRecompute();
}

void ScenarioPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScenarioPanel::setScenarioSet(ScenarioSet* scenarios) {
    if (scenarios_ != nullptr) {
        disconnect(scenarios_, nullptr, this, nullptr);
    }
    scenarios_ = scenarios;
    comparison_->setScenarios(scenarios_);
    if (scenarios_ != nullptr) {
        connect(scenarios_, &ScenarioSet::changed, this, [this] {
            refreshList();
            scheduleRecompute();
        });
    }
    refreshList();
    selectScenario(scenarios_ != nullptr && !scenarios_->scenarios().empty() ? 0 : -1);
    dirty_ = true;
    recompute();
}

int ScenarioPanel::currentScenario() const {
    return list_->currentRow();
}

void ScenarioPanel::selectScenario(int index) {
    list_->setCurrentRow(index);
    refreshEditor();
}

void ScenarioPanel::addScenario() {
    if (scenarios_ == nullptr) {
        return;
    }
    const int n = static_cast<int>(scenarios_->scenarios().size());
    const int share = std::max(50, 100 - 10 * n);
    Scenario s;
    s.overrides.uniformPickup = Percent::fromPoints(share);
    s.name = ScenarioSet::uniqueSuggestedName(s.overrides, scenarios_->scenarios(), -1);
    scenarios_->endMerge();
    scenarios_->edit(newScenarioText(), {}, [&](std::vector<Scenario>& all) { all.push_back(s); });
    selectScenario(n);
}

namespace {

/// Cells copied from a spreadsheet (a tab between cells, a line per row) as CSV; CSV as it is.
QByteArray asCsv(const QByteArray& grid) {
    const qsizetype firstLine = grid.indexOf('\n');
    if (!grid.left(firstLine < 0 ? grid.size() : firstLine).contains('\t')) {
        return grid;
    }
    QByteArray csv;
    for (QByteArray line : grid.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        QByteArrayList cells;
        for (QByteArray cell : line.split('\t')) {
            if (cell.contains(',') || cell.contains('"')) {
                cell = '"' + cell.replace("\"", "\"\"") + '"';
            }
            cells << cell;
        }
        csv += cells.join(',') + '\n';
    }
    return csv;
}

} // namespace

QString ScenarioPanel::addScenarioGrid(const QByteArray& grid) {
    if (scenarios_ == nullptr) {
        return tr("No contract is open.");
    }
    const io::ScenarioGridResult read = io::readScenarioGrid(asCsv(grid), document_->contract());
    if (!read.ok()) {
        QStringList problems;
        for (const io::CsvError& e : read.errors) {
            problems << e.toString();
        }
        return problems.join(QLatin1Char('\n'));
    }
    if (read.scenarios.empty()) {
        return tr("The grid has no scenario: a first line naming the columns, then a line per scenario.");
    }
    const int before = static_cast<int>(scenarios_->scenarios().size());
    const int count = static_cast<int>(read.scenarios.size());
    if (before + count > kMaxScenarios) {
        return tr("The grid has %n scenario(s); with the %1 already here that is more than the %2 the window "
                  "compares at once. attrition-cli assess --scenarios works out a grid of any size.",
                  nullptr, count)
            .arg(before)
            .arg(kMaxScenarios);
    }
    std::vector<Scenario> added;
    added.reserve(read.scenarios.size());
    std::vector<Scenario> all = scenarios_->scenarios();
    for (const io::GridScenario& row : read.scenarios) {
        Scenario s = row.scenario;
        if (s.name.empty()) {
            s.name = ScenarioSet::uniqueSuggestedName(s.overrides, all, -1);
        }
        all.push_back(s);
        added.push_back(std::move(s));
    }
    scenarios_->endMerge();
    scenarios_->edit(
        tr("Add %n scenario(s) of a grid", nullptr, count), {},
        [&](std::vector<Scenario>& list) { list.insert(list.end(), added.begin(), added.end()); });
    selectScenario(before);
    return {};
}

void ScenarioPanel::importScenarioGrid() {
    if (scenarios_ == nullptr) {
        return;
    }
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Scenario Grid"), lastFolder(),
                                     tr("Scenario grids (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    rememberFolder(path);
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly)) {
        problem = file.errorString();
    } else {
        problem = addScenarioGrid(file.readAll());
    }
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import Scenario Grid"),
                        tr("No scenario of %1 was added.").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setDetailedText(problem);
        box.setInformativeText(problem.section(QLatin1Char('\n'), 0, 2));
        box.exec();
    }
}

void ScenarioPanel::pasteScenarioGrid() {
    if (scenarios_ == nullptr) {
        return;
    }
    const QString problem = addScenarioGrid(QApplication::clipboard()->text().toUtf8());
    if (!problem.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Paste Scenario Grid"),
                        tr("No scenario of the grid on the clipboard was added."), QMessageBox::Ok, this);
        box.setDetailedText(problem);
        box.setInformativeText(problem.section(QLatin1Char('\n'), 0, 2));
        box.exec();
    }
}

void ScenarioPanel::duplicateScenario() {
    const int at = currentScenario();
    if (scenarios_ == nullptr || at < 0) {
        return;
    }
    Scenario copy = scenarios_->scenarios()[static_cast<std::size_t>(at)];
    copy.name = tr("%1 (copy)").arg(QString::fromStdString(copy.name)).toStdString();
    scenarios_->endMerge();
    scenarios_->edit(tr("Duplicate scenario"), {}, [&](std::vector<Scenario>& all) { all.push_back(copy); });
    selectScenario(static_cast<int>(scenarios_->scenarios().size()) - 1);
}

void ScenarioPanel::removeScenario() {
    const int at = currentScenario();
    if (scenarios_ == nullptr || at < 0) {
        return;
    }
    scenarios_->endMerge();
    scenarios_->edit(tr("Remove scenario"), {},
                     [&](std::vector<Scenario>& all) { all.erase(all.begin() + at); });
    selectScenario(std::min(at, static_cast<int>(scenarios_->scenarios().size()) - 1));
}

void ScenarioPanel::editCurrent(const QString& text, const QString& mergeKey,
                                const std::function<void(Scenario&)>& change) {
    const int at = currentScenario();
    if (scenarios_ == nullptr || at < 0 || refreshing_) {
        return;
    }
    if (mergeKey.isEmpty()) {
        scenarios_->endMerge();
    }
    scenarios_->edit(text, mergeKey + QString::number(at), [&](std::vector<Scenario>& all) {
        Scenario& s = all[static_cast<std::size_t>(at)];
        // A name that follows the settings keeps following them until the user gives one.
        const bool suggested = ScenarioSet::isSuggestedName(s.name, s.overrides);
        const std::string before = s.name;
        change(s);
        if (suggested && s.name == before) {
            s.name = ScenarioSet::uniqueSuggestedName(s.overrides, all, at);
        }
    });
}

void ScenarioPanel::refreshList() {
    refreshing_ = true;
    const int current = list_->currentRow();
    const int count = scenarios_ != nullptr ? static_cast<int>(scenarios_->scenarios().size()) : 0;
    while (list_->count() > count) {
        delete list_->takeItem(list_->count() - 1);
    }
    for (int i = 0; i < count; ++i) {
        const QString name =
            QString::fromStdString(scenarios_->scenarios()[static_cast<std::size_t>(i)].name);
        if (i >= list_->count()) {
            auto* item = new QListWidgetItem(icon(Icon::Scenarios), name, list_);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        } else if (list_->item(i)->text() != name) {
            list_->item(i)->setText(name);
        }
    }
    if (current >= count) {
        list_->setCurrentRow(count - 1);
    }
    emptyHint_->setVisible(count == 0);
    refreshing_ = false;
    refreshEditor();
}

void ScenarioPanel::refreshEditor(bool keepMistyped) {
    const int at = currentScenario();
    const bool has =
        scenarios_ != nullptr && at >= 0 && at < static_cast<int>(scenarios_->scenarios().size());
    editor_->setEnabled(has);
    pickupNights_->setScenario(scenarios_, has ? at : -1);
    resaleNights_->setScenario(scenarios_, has ? at : -1);
    if (!has) {
        name_->clear();
        pickupGrid_->hide();
        resaleGrid_->hide();
        uniform_->hide();
        notice_->hide();
        roundingNote_->hide();
        return;
    }
    refreshing_ = true;
    const Scenario& s = scenarios_->scenarios()[static_cast<std::size_t>(at)];
    const ScenarioOverrides& o = s.overrides;
    const Currency currency = document_->contract().currency;
    const QString name = QString::fromStdString(s.name);
    if (name_->text().trimmed() != name) {
        name_->setText(name);
    }
    const int mode = o.uniformPickup ? Uniform : o.pickup ? PerNight : AsRecorded;
    pickupMode_->setCurrentIndex(pickupMode_->findData(mode));
    uniform_->setVisible(mode == Uniform);
    // An input may be rewritten when the user is not in it (nor, with keepMistyped, left it unreadable).
    const auto mayRewrite = [keepMistyped](QLineEdit* edit, QLabel* error) {
        return !edit->hasFocus() && !(keepMistyped && !error->isHidden());
    };
    if (o.uniformPickup && mayRewrite(uniform_, uniformError_)) {
        uniform_->setText(formatPercentPoints(*o.uniformPickup));
        showError(uniformError_, {});
    }
    pickupGrid_->setVisible(mode == PerNight);
    spendOn_->setChecked(o.foodBeverageSpend.has_value());
    spend_->setEnabled(o.foodBeverageSpend.has_value());
    if (mayRewrite(spend_, spendError_)) {
        spend_->setText(
            formatMoney(o.foodBeverageSpend.value_or(document_->contract().foodBeverage.actualSpend)));
        showError(spendError_, {});
    }
    spend_->setToolTip(currencyCode(currency));
    resaleOn_->setChecked(o.resale.has_value());
    resaleGrid_->setVisible(o.resale.has_value());
    const int cancel = o.withoutCancellation ? NotCancelled : o.cancellationNotice ? CancelledOn : AsContract;
    cancelMode_->setCurrentIndex(cancelMode_->findData(cancel));
    notice_->setVisible(cancel == CancelledOn);
    if (o.cancellationNotice && mayRewrite(notice_, noticeError_)) {
        notice_->setText(formatDate(*o.cancellationNotice));
        showError(noticeError_, {});
    }
    refreshing_ = false;
    refreshRoundingNote();
}

void ScenarioPanel::refreshRoundingNote() {
    const int at = currentScenario();
    std::optional<PickupRounding> r;
    std::optional<Percent> share;
    if (scenarios_ != nullptr && at >= 0 && at < static_cast<int>(scenarios_->scenarios().size())) {
        share = scenarios_->scenarios()[static_cast<std::size_t>(at)].overrides.uniformPickup;
        if (share) {
            r = pickupRounding(document_->contract(), *share);
        }
    }
    if (!r) {
        roundingNote_->hide();
        roundingNote_->clear();
        return;
    }
    const Percent counted =
        Percent::fromPartsPerMillion(r->block > 0 ? r->counted * Percent::kScale / r->block : 0);
    QString text = tr("%1 of the block rounds to %2 of %3 rooms on %4: %5 counted.")
                       .arg(formatPercent(*share), formatCount(r->counted), formatCount(r->block),
                            formatNight(r->night), formatPercentRounded(counted));
    if (r->nights > 1) {
        text += QLatin1Char(' ') + tr("%n night(s) round to whole rooms.", nullptr, r->nights);
    }
    roundingNote_->setText(text);
    roundingNote_->setToolTip(tr("The engine counts whole rooms: each night and room type of the block is "
                                 "rounded half-up, so the pickup assessed can differ from the share set."));
    roundingNote_->show();
}

void ScenarioPanel::scheduleRecompute() {
    dirty_ = true;
    if (isVisible()) {
        recompute();
    }
}

void ScenarioPanel::recompute() {
    if (!dirty_) {
        return;
    }
    dirty_ = false;
    comparison_->recompute();
    // The row of rebooking credits only for a contract another contract's settlement grants one.
    table_->setRowHidden(ScenarioComparisonModel::CreditsRow, document_->credits().empty());
}

void ScenarioPanel::showEvent(QShowEvent* event) {
    recompute();
    QWidget::showEvent(event);
}

} // namespace attrition::ui
