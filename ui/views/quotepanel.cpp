#include "views/quotepanel.h"

#include "attrition/domain/fixed_point.h"
#include "attrition/io/hotel_outlook.h"
#include "attrition/storage/repository.h"
#include "charts/quoteclausechart.h"
#include "models/contractlistmodel.h"
#include "models/hoteloutlookmodel.h"
#include "models/quoteclausemodel.h"
#include "models/quotenightsmodel.h"
#include "session/contractdocument.h"
#include "session/database.h"
#include "session/outlook.h"
#include "style/theme.h"
#include "text/messagetext.h"
#include "text/values.h"
#include "widgets/celldelegate.h"
#include "widgets/gridview.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QValidator>
#include <algorithm>
#include <cmath>
#include <exception>

namespace attrition::ui {

namespace {

constexpr int kMargins = 4;

/// The settings key of each margin, in the order of QuotePanel::Margin.
const char* const kMarginKeys[kMargins] = {"quote/groupCommission", "quote/roomVariableCost",
                                           "quote/foodBeverageMargin", "quote/meetingRoomMargin"};

/// Refuses any letter in a number's input, as the editor's amount fields do; the parser explains the rest.
class NoLetters : public QValidator {
public:
    using QValidator::QValidator;
    State validate(QString& input, int& /*pos*/) const override {
        return std::any_of(input.begin(), input.end(), [](QChar c) { return c.isLetter(); }) ? Invalid
                                                                                             : Acceptable;
    }
};

/// The outlook grid's cells refuse letters as they are typed.
class NumberCellDelegate : public CellDelegate {
public:
    using CellDelegate::CellDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        QWidget* editor = CellDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setValidator(new NoLetters(line));
        }
        return editor;
    }
};

QLabel* boldLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

/// A wash to a tenth of a point: "10.3%".
QString washText(Percent p) {
    return formatPercentRounded(p, 1);
}

QString paragraph(const QString& text, const QString& style = {}) {
    return QStringLiteral("<p style='margin:3px 0;%1'>%2</p>").arg(style, text.toHtmlEscaped());
}

std::vector<Date> stayNights(const Contract& c) {
    std::vector<Date> nights;
    for (Date d = c.arrival; d < c.departure && nights.size() < 400; d = d.addDays(1)) {
        nights.push_back(d);
    }
    return nights;
}

} // namespace

QuotePanel::QuotePanel(ContractDocument* document, Forecaster* forecaster, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , forecaster_(forecaster)
    , outlook_(new HotelOutlookModel(this))
    , nights_(new QuoteNightsModel(this))
    , clauses_(new QuoteClauseModel(this))
    , split_(new QSplitter(Qt::Horizontal, this))
    , inputsScroll_(new QScrollArea(this))
    , timer_(new QTimer(this)) {
    setObjectName(QStringLiteral("quotePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split_);

    // The inputs: the hotel's outlook for the stay, then the margins.
    auto* inputs = new QWidget(inputsScroll_);
    auto* in = new QVBoxLayout(inputs);
    in->setContentsMargins(12, 10, 10, 10);
    in->setSpacing(6);
    outlookTitle_ = boldLabel(inputs);
    outlookStay_ = new QLabel(inputs);
    outlookStay_->setWordWrap(true);
    setTextTone(outlookStay_, TextTone::Muted);
    outlookHint_ = new QLabel(inputs);
    outlookHint_->setWordWrap(true);
    setTextTone(outlookHint_, TextTone::Muted);
    in->addWidget(outlookTitle_);
    in->addWidget(outlookStay_);
    auto* buttons = new QHBoxLayout;
    import_ = new QPushButton(inputs);
    saveOutlook_ = new QPushButton(inputs);
    buttons->addWidget(import_);
    buttons->addWidget(saveOutlook_);
    buttons->addStretch(1);
    in->addLayout(buttons);
    grid_ = new GridView(inputs);
    grid_->setObjectName(QStringLiteral("outlookGrid"));
    grid_->setItemDelegate(new NumberCellDelegate(grid_));
    grid_->setEditingModel(outlook_, outlook_);
    grid_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid_->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    in->addWidget(outlookHint_);
    in->addWidget(grid_);
    outlookMessage_ = new QLabel(inputs);
    outlookMessage_->setObjectName(QStringLiteral("outlookMessage"));
    outlookMessage_->setWordWrap(true);
    setTextTone(outlookMessage_, TextTone::Error);
    outlookMessage_->hide();
    in->addWidget(outlookMessage_);

    in->addSpacing(8);
    marginsTitle_ = boldLabel(inputs);
    in->addWidget(marginsTitle_);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (int i = 0; i < kMargins; ++i) {
        marginLabels_[i] = new QLabel(inputs);
        marginEdits_[i] = new QLineEdit(inputs);
        marginEdits_[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        marginEdits_[i]->setValidator(new NoLetters(marginEdits_[i]));
        marginEdits_[i]->setMaximumWidth(
            marginEdits_[i]->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")) + 16);
        marginLabels_[i]->setBuddy(marginEdits_[i]);
        marginUnits_[i] = new QLabel(inputs);
        setTextTone(marginUnits_[i], TextTone::Muted);
        auto* row = new QHBoxLayout;
        row->setSpacing(6);
        row->addWidget(marginEdits_[i]);
        row->addWidget(marginUnits_[i]);
        row->addStretch(1);
        form->addRow(marginLabels_[i], row);
        const auto margin = static_cast<Margin>(i);
        connect(marginEdits_[i], &QLineEdit::textEdited, this, [this, margin] {
            if (readMargin(margin)) {
                scheduleRecompute();
            }
        });
        connect(marginEdits_[i], &QLineEdit::editingFinished, this, [this, margin] {
            // Written again in the locale's notation once read.
            if (readMargin(margin)) {
                const QSignalBlocker block(marginEdits_[static_cast<int>(margin)]);
                readMargins();
            }
        });
    }
    in->addLayout(form);
    marginError_ = new QLabel(inputs);
    marginError_->setWordWrap(true);
    setTextTone(marginError_, TextTone::Error);
    marginError_->hide();
    in->addWidget(marginError_);
    in->addStretch(1);
    proposal_ = new QPushButton(inputs);
    proposal_->setObjectName(QStringLiteral("proposalButton"));
    auto* proposalRow = new QHBoxLayout;
    proposalRow->addWidget(proposal_);
    proposalRow->addStretch(1);
    in->addLayout(proposalRow);
    inputsScroll_->setWidget(inputs);
    inputsScroll_->setWidgetResizable(true);
    inputsScroll_->setFrameShape(QFrame::NoFrame);
    inputsScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    inputsScroll_->setMinimumWidth(340);
    split_->addWidget(inputsScroll_);

    // The results, or why there are none.
    results_ = new QStackedWidget(this);
    auto* refusedPage = new QWidget(results_);
    auto* refusedLayout = new QVBoxLayout(refusedPage);
    refusedLayout->setContentsMargins(12, 10, 12, 10);
    refusedTitle_ = boldLabel(refusedPage);
    refused_ = new QLabel(refusedPage);
    refused_->setObjectName(QStringLiteral("quoteProblems"));
    refused_->setWordWrap(true);
    refused_->setTextFormat(Qt::PlainText);
    refused_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    refused_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    refusedLayout->addWidget(refusedTitle_);
    refusedLayout->addWidget(refused_);
    refusedLayout->addStretch(1);
    results_->addWidget(refusedPage);

    resultSplit_ = new QSplitter(Qt::Vertical, results_);
    resultSplit_->setChildrenCollapsible(false);
    summary_ = new QTextBrowser(resultSplit_);
    summary_->setObjectName(QStringLiteral("quoteSummary"));
    summary_->setFrameShape(QFrame::NoFrame);
    summary_->setOpenLinks(false);
    summary_->setMinimumHeight(100);
    resultSplit_->addWidget(summary_);
    // The nights and the clause advice, a tab each: on a laptop each gets the whole width.
    tabs_ = new QTabWidget(resultSplit_);
    tabs_->setObjectName(QStringLiteral("quoteTabs"));
    tabs_->setDocumentMode(true);
    nightsView_ = new QTableView(tabs_);
    nightsView_->setObjectName(QStringLiteral("quoteNights"));
    nightsView_->setModel(nights_);
    nightsView_->verticalHeader()->hide();
    nightsView_->setAlternatingRowColors(true);
    nightsView_->setWordWrap(false);
    nightsView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    nightsView_->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    nightsView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    nightsView_->setMinimumHeight(nightsView_->horizontalHeader()->sizeHint().height() +
                                  2 * (fontMetrics().height() + 8) + 24);
    tabs_->addTab(nightsView_, QString());
    clauseSplit_ = new QSplitter(Qt::Horizontal, tabs_);
    clauseSplit_->setChildrenCollapsible(false);
    clauseView_ = new QTableView(clauseSplit_);
    clauseView_->setObjectName(QStringLiteral("quoteClauses"));
    clauseView_->setModel(clauses_);
    clauseView_->verticalHeader()->hide();
    clauseView_->setAlternatingRowColors(true);
    clauseView_->setWordWrap(false);
    clauseView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    clauseView_->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    clauseView_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    clauseView_->setMinimumHeight(clauseView_->horizontalHeader()->sizeHint().height() +
                                  3 * (fontMetrics().height() + 6) + 8);
    // The clause table with, under it, the choice to ask for the terms selected.
    auto* clauseTable = new QWidget(clauseSplit_);
    auto* clauseTableLayout = new QVBoxLayout(clauseTable);
    clauseTableLayout->setContentsMargins(0, 0, 0, 0);
    clauseTableLayout->setSpacing(4);
    clauseTableLayout->addWidget(clauseView_, 1);
    useTerms_ = new QPushButton(clauseTable);
    useTerms_->setObjectName(QStringLiteral("useTerms"));
    useTerms_->setEnabled(false);
    auto* useRow = new QHBoxLayout;
    useRow->setContentsMargins(4, 0, 4, 4);
    useRow->addWidget(useTerms_);
    useRow->addStretch(1);
    clauseTableLayout->addLayout(useRow);
    chart_ = new QuoteClauseChart(clauses_, clauseSplit_);
    chart_->setMinimumHeight(170);
    chart_->setMinimumWidth(260);
    clauseSplit_->addWidget(clauseTable);
    clauseSplit_->addWidget(chart_);
    clauseSplit_->setStretchFactor(0, 2);
    clauseSplit_->setStretchFactor(1, 3);
    tabs_->addTab(clauseSplit_, QString());
    resultSplit_->addWidget(tabs_);
    resultSplit_->setStretchFactor(0, 1);
    resultSplit_->setStretchFactor(1, 3);
    connect(resultSplit_, &QSplitter::splitterMoved, this, [this] { summaryMoved_ = true; });
    resultSplit_->installEventFilter(this);
    results_->addWidget(resultSplit_);
    results_->installEventFilter(this);
    split_->addWidget(results_);
    split_->setChildrenCollapsible(false);
    split_->setStretchFactor(0, 0);
    split_->setStretchFactor(1, 1);

    timer_->setSingleShot(true);
    timer_->setInterval(250);
    connect(timer_, &QTimer::timeout, this, &QuotePanel::recompute);
    connect(outlook_, &HotelOutlookModel::outlookChanged, this, [this] {
        showOutlookMessage({});
        updateSaveButton();
        scheduleRecompute();
    });
    connect(outlook_, &HotelOutlookModel::editRefused, this, &QuotePanel::showOutlookMessage);
    connect(outlook_, &QAbstractItemModel::modelReset, this, [this] {
        const int rows = std::clamp(outlook_->rowCount(), 3, 10);
        const int height = grid_->horizontalHeader()->sizeHint().height() +
                           rows * grid_->verticalHeader()->defaultSectionSize() + 2 * grid_->frameWidth() +
                           2 + grid_->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
        grid_->setMinimumHeight(height);
        grid_->setMaximumHeight(outlook_->rowCount() > 10 ? QWIDGETSIZE_MAX : height);
    });
    connect(grid_, &GridView::statusMessage, this, [this](const QString& message) {
        if (message != GridView::tr("Pasted")) {
            showOutlookMessage(message);
        }
        emit statusMessage(message);
    });
    connect(import_, &QPushButton::clicked, this, &QuotePanel::importAsked);
    connect(saveOutlook_, &QPushButton::clicked, this, [this] { saveOutlook(); });
    connect(proposal_, &QPushButton::clicked, this, &QuotePanel::proposalRequested);
    connect(clauseView_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                useTerms_->setEnabled(clauses_->option(current.row(), current.column()) != nullptr);
            });
    connect(clauses_, &QAbstractItemModel::modelReset, this, [this] { useTerms_->setEnabled(false); });
    connect(useTerms_, &QPushButton::clicked, this, [this] {
        const QModelIndex at = clauseView_->currentIndex();
        useTerms(at.row(), at.column());
    });
    connect(document_, &ContractDocument::contractChanged, this, &QuotePanel::followContract);
    connect(document_, &ContractDocument::contractLoaded, this, &QuotePanel::followContract);

    retranslate();
    followContract();
}

QuotePanel::~QuotePanel() = default;

void QuotePanel::setRepository(storage::ContractRepository* repository) {
    repository_ = repository;
    outlook_->clear(); // the outlook of another database's hotels
    loadStoredOutlook();
    updateSaveButton();
    scheduleRecompute();
}

QLineEdit* QuotePanel::marginEdit(Margin margin) const {
    return marginEdits_[static_cast<int>(margin)];
}

void QuotePanel::retranslate() {
    outlookTitle_->setText(tr("Hotel outlook for the stay"));
    outlookHint_->setText(tr("The hotel's nights without the group. Paste from a spreadsheet or import a CSV "
                             "file; each column's tooltip says what it holds."));
    import_->setText(tr("&Import CSV\u2026"));
    import_->setToolTip(
        tr("Read the outlook from a CSV file with the columns date, capacity, demand, net-adr "
           "and, optionally, ancillary"));
    saveOutlook_->setText(tr("Sa&ve Outlook"));
    saveOutlook_->setToolTip(
        tr("Store the outlook of this hotel's nights in the database, for every contract "
           "of the hotel; it is not part of the contract"));
    marginsTitle_->setText(tr("Margins"));
    marginLabels_[static_cast<int>(Margin::Commission)]->setText(tr("Group &commission:"));
    marginLabels_[static_cast<int>(Margin::VariableCost)]->setText(tr("&Variable cost per room:"));
    marginLabels_[static_cast<int>(Margin::FoodBeverage)]->setText(tr("&F&&B margin:"));
    marginLabels_[static_cast<int>(Margin::MeetingRoom)]->setText(tr("&Meeting room margin:"));
    marginEdits_[static_cast<int>(Margin::Commission)]->setToolTip(
        tr("The share of the group's room revenue paid as commission"));
    marginEdits_[static_cast<int>(Margin::VariableCost)]->setToolTip(
        tr("What an occupied room night costs the hotel (housekeeping, amenities, laundry), group or "
           "transient, in the contract's currency"));
    marginEdits_[static_cast<int>(Margin::FoodBeverage)]->setToolTip(
        tr("The profit share of F&B revenue; the F&B minimum is assumed to be spent"));
    marginEdits_[static_cast<int>(Margin::MeetingRoom)]->setToolTip(
        tr("The profit share of the meeting room rental"));
    useTerms_->setText(tr("&Use These Terms"));
    useTerms_->setToolTip(tr("Put the performance level and damages factor of the cell chosen into the "
                             "contract's attrition clause (Edit > Undo takes them back)"));
    proposal_->setText(tr("Export Proposal as &PDF\u2026"));
    proposal_->setToolTip(tr("Write the proposal to the client, with the attrition terms, as a PDF file"));
    refusedTitle_->setText(tr("The group cannot be quoted yet"));
    tabs_->setTabText(0, tr("Night by night"));
    tabs_->setTabToolTip(0, tr("Each night of the stay, expected after the wash"));
    tabs_->setTabText(1, tr("Attrition terms"));
    tabs_->setTabToolTip(1, tr("What each performance level and damages factor would collect, given how "
                               "this account's groups wash"));
    readMargins();
    followContract();
    if (isVisible()) {
        recompute();
    } else {
        dirty_ = true;
    }
}

void QuotePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool QuotePanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == resultSplit_ && event->type() == QEvent::Resize) {
        // Once the splitter has laid out its new size.
        QTimer::singleShot(0, this, &QuotePanel::fitSummary);
    }
    if (watched == results_ && event->type() == QEvent::Resize) {
        // The clause table beside its chart when there is room, else above it; the table as large as its
        // cells, the chart the rest.
        const Qt::Orientation wanted = results_->width() >= 900 ? Qt::Horizontal : Qt::Vertical;
        if (clauseSplit_->orientation() != wanted || !clauseSized_) {
            clauseSized_ = true;
            clauseSplit_->setOrientation(wanted);
            const int table =
                wanted == Qt::Horizontal
                    ? clauseView_->horizontalHeader()->length() + 2 * clauseView_->frameWidth() + 4
                    : clauseView_->horizontalHeader()->sizeHint().height() +
                          std::max(clauses_->rowCount(), 6) *
                              clauseView_->verticalHeader()->defaultSectionSize() +
                          2 * clauseView_->frameWidth() + useTerms_->sizeHint().height() + 12;
            const int whole = wanted == Qt::Horizontal ? results_->width() : results_->height() / 2;
            clauseSplit_->setSizes({std::max(table, 120), std::max(whole - table, 200)});
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QuotePanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!sized_ && width() > 0) {
        // The inputs as wide as they need (a third of the page at most), the results the rest.
        sized_ = true;
        const int inputs = std::clamp(inputsScroll_->widget()->minimumSizeHint().width() + 24, 400,
                                      std::max(width() * 2 / 5, 400));
        split_->setSizes({inputs, std::max(width() - inputs, 1)});
    }
    if (dirty_) {
        recompute();
    }
}

void QuotePanel::scheduleRecompute() {
    dirty_ = true;
    if (isVisible()) {
        timer_->start();
    }
}

void QuotePanel::followContract() {
    const Contract& c = document_->contract();
    outlook_->setStay(c.hotel, c.currency, stayNights(c));
    outlookStay_->setText(
        c.hotel.empty() ? tr("The contract names no hotel: the outlook is kept for the stay's nights only")
                        : tr("%1, %n night(s) from %2", nullptr, outlook_->rowCount())
                              .arg(QString::fromStdString(c.hotel), formatDate(c.arrival)));
    marginUnits_[static_cast<int>(Margin::VariableCost)]->setText(currencyCode(c.currency));
    loadStoredOutlook();
    if (c.currency != shownCurrency_) {
        // Another currency: the stored cost written in its notation again, or why it cannot be.
        shownCurrency_ = c.currency;
        readMargins();
    }
    scheduleRecompute();
}

void QuotePanel::loadStoredOutlook() {
    const Contract& c = document_->contract();
    const std::vector<Date>& nights = outlook_->nights();
    if (repository_ == nullptr || c.hotel.empty() || nights.empty() ||
        outlook_->isLoaded(c.hotel, nights.front(), nights.back())) {
        return;
    }
    storage::Result<std::vector<HotelNight>> stored =
        repository_->hotelOutlook(c.hotel, nights.front(), nights.back());
    if (!stored) {
        showOutlookMessage(tr("The hotel's outlook could not be read: %1")
                               .arg(QString::fromStdString(stored.error().message)));
        return;
    }
    outlook_->markLoaded(c.hotel, nights.front(), nights.back());
    outlook_->setOutlook(*stored, false);
}

bool QuotePanel::saveOutlook() {
    if (repository_ == nullptr) {
        emit statusMessage(tr("No database is open: the outlook is kept while the program runs"));
        return false;
    }
    // Every hotel's nights edited since they were stored: a contract of another hotel may have been shown.
    for (const std::string& hotel : outlook_->unsavedHotels()) {
        const std::vector<HotelNight> nights = outlook_->unsaved(hotel);
        const storage::Result<void> saved =
            repository_->saveHotelOutlook(hotel, nights, userName().toStdString());
        if (!saved) {
            QMessageBox::warning(
                this, tr("Cannot Save Outlook"),
                tr("The outlook of %1 was not saved: %2")
                    .arg(QString::fromStdString(hotel), QString::fromStdString(saved.error().message)));
            return false;
        }
        outlook_->markSaved(hotel);
        emit statusMessage(
            tr("Saved the outlook of %n night(s) at %1", nullptr, static_cast<int>(nights.size()))
                .arg(QString::fromStdString(hotel)));
    }
    updateSaveButton();
    return true;
}

bool QuotePanel::hasUnsavedOutlook() const {
    return outlook_->hasUnsaved();
}

void QuotePanel::updateSaveButton() {
    saveOutlook_->setEnabled(repository_ != nullptr && outlook_->hasUnsaved());
}

void QuotePanel::readMargins() {
    const QSettings settings;
    const Currency currency = document_->contract().currency;
    const quote::Margins defaults;
    for (int i = 0; i < kMargins; ++i) {
        const QString stored = settings.value(QLatin1String(kMarginKeys[i])).toString();
        QString shown;
        if (static_cast<Margin>(i) == Margin::VariableCost) {
            const auto cost =
                Money::parse(stored.isEmpty() ? std::string("0") : stored.toStdString(), currency);
            shown = cost ? formatMoney(*cost) : stored;
        } else {
            const Percent fallback = i == static_cast<int>(Margin::FoodBeverage) ? defaults.foodBeverageMargin
                                     : i == static_cast<int>(Margin::MeetingRoom) ? defaults.meetingRoomMargin
                                                                                  : defaults.groupCommission;
            const auto p = stored.isEmpty() ? std::optional<Percent>() : Percent::parse(stored.toStdString());
            shown = formatPercentPoints(p.value_or(fallback));
        }
        if (!marginEdits_[i]->hasFocus() || marginEdits_[i]->text().isEmpty()) {
            const QSignalBlocker block(marginEdits_[i]);
            marginEdits_[i]->setText(shown);
        }
        marginUnits_[i]->setText(static_cast<Margin>(i) == Margin::VariableCost ? currencyCode(currency)
                                                                                : QLocale().percent());
    }
    marginProblem_.clear();
    for (int i = 0; i < kMargins; ++i) {
        readMargin(static_cast<Margin>(i));
    }
}

bool QuotePanel::readMargin(Margin margin) {
    const int i = static_cast<int>(margin);
    const Currency currency = document_->contract().currency;
    const QString typed = marginEdits_[i]->text();
    QString problem;
    if (margin == Margin::VariableCost) {
        const Parsed parsed =
            typed.trimmed().isEmpty() ? Parsed{std::int64_t{0}, {}} : parseMoney(typed, currency);
        const std::int64_t minor = integerOr(parsed.value);
        if (!parsed.ok()) {
            problem = parsed.error;
        } else if (minor < 0) {
            problem = tr("must not be negative");
        } else {
            margins_.roomVariableCost = Money(minor, currency);
            QSettings().setValue(QLatin1String(kMarginKeys[i]),
                                 QString::fromStdString(formatScaledDecimal(minor, currency.decimals())));
        }
    } else {
        const Parsed parsed = parsePercent(typed);
        const Percent p = Percent::fromPartsPerMillion(integerOr(parsed.value));
        const bool commission = margin == Margin::Commission;
        if (!parsed.ok()) {
            problem = parsed.error;
        } else if (p.partsPerMillion() < 0 ||
                   (commission ? p >= Percent::hundred() : p > Percent::hundred())) {
            problem =
                commission ? tr("a commission is from 0% to below 100%") : tr("a margin is from 0% to 100%");
        } else {
            (commission                       ? margins_.groupCommission
             : margin == Margin::FoodBeverage ? margins_.foodBeverageMargin
                                              : margins_.meetingRoomMargin) = p;
            QSettings().setValue(QLatin1String(kMarginKeys[i]), QString::fromStdString(p.toPointsString()));
        }
    }
    // The label names the margin ("Group commission: ..."), without its mnemonic and colon.
    QString name = marginLabels_[i]->text();
    name.remove(QLatin1Char('&'));
    if (name.endsWith(QLatin1Char(':'))) {
        name.chop(1);
    }
    const QString line = problem.isEmpty() ? QString() : tr("%1: %2").arg(name.trimmed(), problem);
    QStringList lines = marginProblem_.isEmpty() ? QStringList() : marginProblem_.split(QLatin1Char('\n'));
    lines.erase(
        std::remove_if(lines.begin(), lines.end(),
                       [&](const QString& l) { return l.startsWith(name.trimmed() + QLatin1Char(':')); }),
        lines.end());
    if (!line.isEmpty()) {
        lines << line;
    }
    marginProblem_ = lines.join(QLatin1Char('\n'));
    marginError_->setText(marginProblem_);
    marginError_->setVisible(!marginProblem_.isEmpty());
    if (!problem.isEmpty()) {
        scheduleRecompute();
    }
    return problem.isEmpty();
}

quote::QuoteOptions QuotePanel::options() const {
    quote::QuoteOptions o;
    o.margins = margins_;
    if (o.margins.roomVariableCost.currency() != document_->contract().currency &&
        o.margins.roomVariableCost.isZero()) {
        o.margins.roomVariableCost = Money::zero(document_->contract().currency);
    }
    return o;
}

void QuotePanel::showOutlookMessage(const QString& refused) {
    QStringList lines;
    if (!refused.isEmpty()) {
        lines << refused;
    }
    lines << outlook_->incomplete();
    outlookMessage_->setText(lines.join(QLatin1Char('\n')));
    outlookMessage_->setVisible(!lines.isEmpty());
}

QString QuotePanel::outlookMessage() const {
    return outlookMessage_->isVisible() ? outlookMessage_->text() : QString();
}

QString QuotePanel::summaryText() const {
    return results_->currentWidget() == resultSplit_ ? summary_->toPlainText() : QString();
}

void QuotePanel::recompute() {
    timer_->stop();
    dirty_ = false;
    quote_.reset();
    problems_.clear();
    const Contract& c = document_->contract();
    if (c.status != ContractStatus::Prospect && c.status != ContractStatus::Tentative) {
        problems_ << tr("A quote is for a proposed group (prospect or tentative); this contract is %1.")
                         .arg(ContractListModel::statusName(c.status).toLower());
    }
    const Results& r = document_->results();
    for (const ValidationIssue& issue : r.issues) {
        problems_ << issueText(issue, &c);
    }
    if (!marginProblem_.isEmpty()) {
        problems_ << marginProblem_.split(QLatin1Char('\n'));
    }
    problems_ << outlook_->incomplete();
    const quote::QuoteOptions opts = options();
    const std::vector<quote::HotelNight> nights = outlook_->outlook();
    if (problems_.isEmpty()) {
        for (const Message& m : quote::checkQuote(c, nights, opts)) {
            problems_ << messageText(m);
        }
    }
    if (problems_.isEmpty()) {
        QString problem;
        std::optional<quote::WashDistribution> wash =
            forecaster_ != nullptr ? forecaster_->washFor(c, problem)
                                   : std::optional(quote::washDistribution({}, c.account));
        if (!wash) {
            problems_ << tr("The past groups could not be read: %1").arg(problem);
        } else {
            try {
                quote_ = quote::quoteGroup(c, nights, *wash, opts);
            } catch (const std::exception& e) {
                problems_ << tr("The group cannot be quoted: %1").arg(QString::fromUtf8(e.what()));
            }
        }
    }
    showResults();
}

void QuotePanel::showResults() {
    if (!quote_) {
        refused_->setText(QStringLiteral("\u2022 ") + problems_.join(QStringLiteral("\n\u2022 ")));
        results_->setCurrentIndex(0);
        nights_->setNights({});
        clauses_->setClauses({});
        return;
    }
    const quote::Quote& q = *quote_;
    const QLocale locale;
    QString html;
    const bool worth = q.net.isPositive();
    QString verdict;
    if (worth) {
        verdict = q.displacementCost.isZero()
                      ? tr("Worth taking: the group adds %1 and displaces no transient business")
                            .arg(formatMoneyWithCode(q.net))
                      : tr("Worth taking: the group adds %1 after displacing %2 of transient business")
                            .arg(formatMoneyWithCode(q.net), formatMoneyWithCode(q.displacementCost));
    } else if (q.net.isZero()) {
        verdict = tr("Break-even: the group adds nothing once the transient business it displaces (%1) is "
                     "counted")
                      .arg(formatMoneyWithCode(q.displacementCost));
    } else {
        verdict = tr("Costs the hotel %1: the transient business it displaces (%2) is worth more than the "
                     "group")
                      .arg(formatMoneyWithCode(-q.net), formatMoneyWithCode(q.displacementCost));
    }
    const QColor tone = worth ? palette().color(QPalette::Text) : errorColor(palette());
    html += QStringLiteral("<h3 style='margin:2px 0 6px 0; color:%1'>%2</h3>")
                .arg(tone.name(), verdict.toHtmlEscaped());
    html += paragraph(tr("Net value of the group: %1 (P10 %2, P50 %3, P90 %4)")
                          .arg(formatMoneyWithCode(q.net), formatMoney(q.netP10), formatMoney(q.netP50),
                               formatMoney(q.netP90)));
    QString source;
    switch (q.wash.source) {
    case quote::WashSource::Account:
        source = tr("from the account's %n past group(s)", nullptr, q.wash.groups);
        break;
    case quote::WashSource::Comparable:
        source = tr("from %n comparable group(s)", nullptr, q.wash.groups);
        break;
    case quote::WashSource::Default:
        source = tr("no history: a default 0–20%");
        break;
    }
    html += paragraph(tr("Expected wash %1 (P10\u2013P90 %2\u2013%3), %4.")
                          .arg(washText(q.expectedWash), washText(q.washP10), washText(q.washP90), source));
    html += paragraph(tr("Group room profit %1, displaced transient business %2, F&B profit %3, meeting room "
                         "profit %4.")
                          .arg(formatMoney(q.groupRoomProfit), formatMoney(-q.displacementCost),
                               formatMoney(q.foodBeverageProfit), formatMoney(q.meetingRoomProfit)));
    const QString muted = QStringLiteral("color:%1").arg(mutedTextColor(palette()).name());
    for (const Message& m : q.explanation) {
        html += paragraph(messageText(m), muted);
    }
    summary_->setHtml(html);
    nights_->setNights(q.nights);
    clauses_->setClauses(q.clauses);
    results_->setCurrentIndex(1);
    fitSummary();
}

void QuotePanel::fitSummary() {
    const int total = resultSplit_->height();
    if (summaryMoved_ || total <= 0 || summary_->viewport()->width() <= 0) {
        return;
    }
    QTextDocument* text = summary_->document();
    text->setTextWidth(summary_->viewport()->width());
    const int wanted = static_cast<int>(std::ceil(text->size().height())) + 2 * summary_->frameWidth() + 2;
    const int most = std::max(summary_->minimumHeight(), total * 3 / 5);
    const int height = std::clamp(wanted, summary_->minimumHeight(), most);
    resultSplit_->setSizes({height, std::max(total - height, 1)});
}

bool QuotePanel::useTerms(int row, int column) {
    const quote::ClauseOption* option = clauses_->option(row, column);
    if (option == nullptr) {
        return false;
    }
    const Percent level = option->performanceLevel;
    const Percent factor = option->damagesFactor;
    document_->endMerge();
    document_->edit(tr("Use attrition terms %1 at %2").arg(formatPercent(level), formatPercent(factor)), {},
                    [level, factor](Contract& c) {
                        c.attrition.enabled = true;
                        c.attrition.performanceLevel = level;
                        c.attrition.damagesFactor = factor;
                    });
    emit statusMessage(tr("The contract now asks for %1 performance with a %2 damages factor")
                           .arg(formatPercent(level), formatPercent(factor)));
    return true;
}

QString QuotePanel::importOutlook(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), f.errorString());
    }
    const io::HotelOutlookResult read = io::readHotelOutlook(f.readAll(), document_->contract().currency);
    if (!read.ok()) {
        QStringList lines;
        for (const io::CsvError& e : read.errors) {
            lines << QFileInfo(path).fileName() + QStringLiteral(": ") + e.toString();
        }
        return lines.join(QLatin1Char('\n'));
    }
    outlook_->setOutlook(read.nights, true);
    emit statusMessage(
        tr("Read the outlook of %n night(s) from %1", nullptr, static_cast<int>(read.nights.size()))
            .arg(QFileInfo(path).fileName()));
    return {};
}

void QuotePanel::importAsked() {
    const QString folder = QSettings().value(QStringLiteral("folder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Hotel Outlook"), folder,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    const QString problem = importOutlook(path);
    if (!problem.isEmpty()) {
        QStringList lines = problem.split(QLatin1Char('\n'));
        if (lines.size() > 12) {
            const auto more = lines.size() - 12;
            lines = lines.mid(0, 12);
            lines << tr("\u2026 and %n more", nullptr, static_cast<int>(more));
        }
        QMessageBox::warning(this, tr("Cannot Import Outlook"), lines.join(QLatin1Char('\n')));
    }
}

} // namespace attrition::ui
