#include "views/damagespanel.h"

#include "models/assessmentmodel.h"
#include "session/contractdocument.h"
#include "style/icons.h"
#include "style/theme.h"
#include "text/messagetext.h"
#include "text/values.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeView>
#include <QVBoxLayout>
#include <array>
#include <cmath>

namespace attrition::ui {

namespace {

/// Wraps a line's explanation over as many lines as the column's width needs.
class WrappingDelegate : public QStyledItemDelegate {
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , view_(view) {}

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (index.column() != AssessmentModel::DescriptionColumn) {
            return QStyledItemDelegate::sizeHint(option, index);
        }
        int depth = 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent()) {
            ++depth;
        }
        const int width = view_->header()->sectionSize(AssessmentModel::DescriptionColumn) -
                          view_->indentation() * (depth + 1) - 12;
        const QRect bounds = opt.fontMetrics.boundingRect(QRect(0, 0, std::max(60, width), 100000),
                                                          Qt::TextWordWrap | Qt::AlignLeft, opt.text);
        return {width, bounds.height() + 6};
    }

private:
    QTreeView* view_;
};

/// The totals under the itemized lines (each component's total heads its group of lines).
enum TotalRow {
    SubtotalRow,
    TaxRow,
    TotalOwedRow,
    CreditsRow,
    DepositsRow,
    NetDueRow,
    BalanceRow,
    TotalRowCount
};

} // namespace

DamagesPanel::DamagesPanel(ContractDocument* document, QWidget* parent)
    : QWidget(parent)
    , document_(document)
    , model_(new AssessmentModel(document, this))
    , caption_(new QLabel(this))
    , netDue_(new QLabel(this))
    , subtitle_(new QLabel(this))
    , figures_(new QLabel(this))
    , expected_(new QLabel(this))
    , warnings_(new QLabel(this))
    , body_(new QStackedWidget(this))
    , lines_(new QTreeView(this))
    , problems_(new QListWidget(this))
    , totals_(new QWidget(this))
    , totalsLayout_(new QGridLayout(totals_))
    , header_(new QWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    header_->setObjectName(QStringLiteral("damagesHeader"));
    header_->setAutoFillBackground(true);
    auto* headerLayout = new QVBoxLayout(header_);
    headerLayout->setContentsMargins(16, 12, 16, 12);
    headerLayout->setSpacing(2);
    caption_->setObjectName(QStringLiteral("damagesCaption"));
    QFont captionFont = caption_->font();
    captionFont.setCapitalization(QFont::AllUppercase);
    captionFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    captionFont.setPointSizeF(captionFont.pointSizeF() * 0.85);
    captionFont.setBold(true);
    caption_->setFont(captionFont);
    QFont big = netDue_->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    netDue_->setFont(big);
    netDue_->setObjectName(QStringLiteral("netDue"));
    netDue_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    subtitle_->setWordWrap(true);
    figures_->setWordWrap(true);
    headerLayout->addWidget(caption_);
    headerLayout->addWidget(netDue_);
    headerLayout->addWidget(subtitle_);
    headerLayout->addWidget(figures_);
    expected_->setObjectName(QStringLiteral("expectedAtArrival"));
    expected_->setWordWrap(true);
    expected_->setTextFormat(Qt::RichText);
    expected_->hide();
    headerLayout->addWidget(expected_);
    layout->addWidget(header_);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setObjectName(QStringLiteral("rule"));
    rule->setStyleSheet(QStringLiteral("QFrame#rule { color: palette(mid); }"));
    layout->addWidget(rule);

    warnings_->setWordWrap(true);
    warnings_->setObjectName(QStringLiteral("warnings"));
    warnings_->setTextFormat(Qt::RichText);
    warnings_->setContentsMargins(12, 8, 12, 8);
    warnings_->setAutoFillBackground(true);
    warnings_->hide();
    layout->addWidget(warnings_);

    lines_->setModel(model_);
    lines_->setItemDelegate(new WrappingDelegate(lines_));
    connect(lines_->header(), &QHeaderView::sectionResized, lines_, [this](int column) {
        if (column == AssessmentModel::DescriptionColumn) {
            lines_->doItemsLayout();
        }
    });
    lines_->setHeaderHidden(true);
    lines_->setWordWrap(true);
    lines_->setUniformRowHeights(false);
    lines_->setRootIsDecorated(true);
    lines_->setFrameShape(QFrame::NoFrame);
    lines_->setSelectionMode(QAbstractItemView::SingleSelection);
    lines_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lines_->setIndentation(14);
    lines_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lines_->header()->setStretchLastSection(false);
    lines_->header()->setSectionResizeMode(AssessmentModel::DescriptionColumn, QHeaderView::Stretch);
    lines_->header()->setSectionResizeMode(AssessmentModel::AmountColumn, QHeaderView::Fixed);
    lines_->header()->resizeSection(AssessmentModel::AmountColumn,
                                    fontMetrics().horizontalAdvance(QStringLiteral("-0,000,000.00")) + 16);
    body_->addWidget(lines_);

    problems_->setFrameShape(QFrame::NoFrame);
    problems_->setWordWrap(true);
    problems_->setSpacing(2);
    connect(problems_, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit fieldActivated(item->data(Qt::UserRole).toString()); });
    connect(problems_, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { emit fieldActivated(item->data(Qt::UserRole).toString()); });
    body_->addWidget(problems_);
    // On a short screen the breakdown scrolls, down to three lines, before the headline or the totals are
    // cut.
    body_->setMinimumHeight(fontMetrics().height() * 3);
    layout->addWidget(body_, 1);

    auto* rule2 = new QFrame(this);
    rule2->setFrameShape(QFrame::HLine);
    rule2->setFrameShadow(QFrame::Plain);
    rule2->setObjectName(QStringLiteral("rule"));
    rule2->setStyleSheet(QStringLiteral("QFrame#rule { color: palette(mid); }"));
    layout->addWidget(rule2);

    totals_->setObjectName(QStringLiteral("totals"));
    totals_->setAutoFillBackground(true);
    totalsLayout_->setContentsMargins(16, 8, 16, 10);
    totalsLayout_->setHorizontalSpacing(12);
    totalsLayout_->setVerticalSpacing(3);
    totalsLayout_->setColumnStretch(0, 1);
    for (int row = 0; row < TotalRowCount; ++row) {
        auto* name = new QLabel(totals_);
        auto* amount = new QLabel(totals_);
        amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (row == NetDueRow || row == TotalOwedRow) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
            amount->setFont(f);
        }
        totalsLayout_->addWidget(name, row, 0);
        totalsLayout_->addWidget(amount, row, 1);
    }
    layout->addWidget(totals_);

    // Keep the components the user folded away folded across recalculations.
    connect(lines_, &QTreeView::collapsed, this,
            [this](const QModelIndex& i) { folded_.insert(i.data(AssessmentModel::ComponentRole).toInt()); });
    connect(lines_, &QTreeView::expanded, this,
            [this](const QModelIndex& i) { folded_.remove(i.data(AssessmentModel::ComponentRole).toInt()); });
    connect(model_, &QAbstractItemModel::modelReset, this, &DamagesPanel::expandGroups);
    connect(document_, &ContractDocument::contractChanged, this, &DamagesPanel::refresh);
    restyle();
    expandGroups();
    refresh();
}

QString DamagesPanel::netDueText() const {
    return netDue_->text();
}

QString DamagesPanel::totalOwedText() const {
    return static_cast<QLabel*>(totalsLayout_->itemAtPosition(TotalOwedRow, 1)->widget())->text();
}

QString DamagesPanel::creditsText() const {
    const auto* label = static_cast<QLabel*>(totalsLayout_->itemAtPosition(CreditsRow, 1)->widget());
    return label->isVisibleTo(totals_) ? label->text() : QString();
}

QString DamagesPanel::subtitleText() const {
    return subtitle_->text();
}

void DamagesPanel::setOutlook(const Outlook& outlook) {
    outlook_ = outlook;
    refresh();
}

QString DamagesPanel::expectedText() const {
    if (expected_->isHidden()) {
        return {};
    }
    QTextDocument plain;
    plain.setHtml(expected_->text());
    return plain.toRawText();
}

void DamagesPanel::showOutlook(bool assessed) {
    if (!assessed || !outlook_.ready) {
        expected_->hide();
        return;
    }
    const QLocale locale;
    const forecast::DamagesRisk& r = outlook_.risk;
    const forecast::Forecast& f = outlook_.forecast;
    //: %1 the expected damages, %2 and %3 their P10 and P90, %4 the chance of owing anything.
    expected_->setText(tr("Expected at arrival <b>%1</b> (P10\u2013P90 %2\u2013%3) \u00b7 %4 likely to owe")
                           .arg(formatMoneyWithCode(r.expected, locale), formatMoney(r.p10, locale),
                                formatMoney(r.p90, locale),
                                locale.toString(100.0 * r.probabilityOwed, 'f', 0) + QStringLiteral("%")));
    QStringList how;
    how << tr("The net due above is owed at today's pickup. The expected damages come from the forecast "
              "final pickup, %1 of %2 room nights (P10\u2013P90 %3\u2013%4):")
               .arg(formatCount(static_cast<std::int64_t>(std::llround(f.expected)), locale),
                    formatCount(f.blockRoomNights, locale), formatCount(f.p10, locale),
                    formatCount(f.p90, locale));
    for (const Message& m : f.explanation) {
        how << messageText(m);
    }
    for (const Message& m : r.explanation) {
        how << messageText(m);
    }
    expected_->setToolTip(how.join(QLatin1Char('\n')));
    expected_->show();
}

QStringList DamagesPanel::problems() const {
    QStringList out;
    for (int i = 0; i < problems_->count(); ++i) {
        out << problems_->item(i)->text();
    }
    return out;
}

QString DamagesPanel::warningsText() const {
    if (warnings_->isHidden()) {
        return {};
    }
    QTextDocument html;
    html.setHtml(warnings_->text());
    return html.toPlainText().trimmed();
}

void DamagesPanel::refresh() {
    const Results& r = document_->results();
    const Contract& c = document_->contract();
    const QLocale locale;
    const auto setTotal = [this](int row, const QString& name, const QString& amount, bool visible) {
        auto* n = static_cast<QLabel*>(totalsLayout_->itemAtPosition(row, 0)->widget());
        auto* a = static_cast<QLabel*>(totalsLayout_->itemAtPosition(row, 1)->widget());
        n->setText(name);
        a->setText(amount);
        n->setVisible(visible);
        a->setVisible(visible);
    };

    if (!r.assessment) {
        caption_->setText(tr("Cannot assess"));
        netDue_->setText(QStringLiteral("\u2014"));
        subtitle_->setText(
            r.failure.isEmpty()
                ? tr("%n problem(s) to correct before the damages can be assessed.", nullptr,
                     static_cast<int>(r.issues.size()))
                : tr("The engine could not assess the contract: %1").arg(r.failure.toHtmlEscaped()));
        figures_->clear();
        figures_->hide();
        warnings_->hide();
        problems_->clear();
        for (const ValidationIssue& issue : r.issues) {
            auto* item = new QListWidgetItem(icon(Icon::Error), issueText(issue, &c), problems_);
            item->setData(Qt::UserRole, fieldPath(issue));
            item->setToolTip(tr("Show the field"));
        }
        for (const ValidationIssue& issue : r.warnings) {
            auto* item = new QListWidgetItem(icon(Icon::Warning), issueText(issue, &c), problems_);
            item->setData(Qt::UserRole, fieldPath(issue));
            item->setToolTip(tr("Show the field"));
        }
        body_->setCurrentWidget(problems_);
        for (int row = 0; row < TotalRowCount; ++row) {
            setTotal(row, {}, {}, false);
        }
        totals_->hide();
        showOutlook(false);
        return;
    }

    const Assessment& a = *r.assessment;
    body_->setCurrentWidget(lines_);
    totals_->show();
    caption_->setText(a.netDue.isNegative() || a.depositBalance.isPositive() ? tr("Net due (deposits exceed)")
                                                                             : tr("Net due"));
    netDue_->setText(formatMoneyWithCode(a.netDue, locale));
    subtitle_->setText(a.cancelled ? tr("Assessed under the cancellation clause")
                                   : tr("Assessed under the attrition, F&B and meeting room clauses"));
    if (a.cancelled) {
        figures_->setText(
            tr("Block %1 room nights · notice received %2")
                .arg(formatCount(a.revisedRoomNights, locale),
                     c.cancellationNotice ? formatDate(*c.cancellationNotice, locale) : QString()));
    } else {
        figures_->setText(tr("Pickup <b>%1</b> · %2 of %3 room nights counted")
                              .arg(formatPercentRounded(a.pickupPercent, 1, locale),
                                   formatCount(a.countedRoomNights, locale),
                                   formatCount(a.revisedRoomNights, locale)));
    }
    figures_->show();
    showOutlook(!a.cancelled);

    if (a.warnings.empty() && r.warnings.empty()) {
        warnings_->hide();
    } else {
        QString html;
        for (const Message& w : a.warnings) {
            html += QStringLiteral("<p style='margin:2px 0'>\u26A0\u2002%1</p>")
                        .arg(messageText(w).toHtmlEscaped());
        }
        // The likely mistakes of the contract, each with the field it is in.
        for (const ValidationIssue& issue : r.warnings) {
            html += QStringLiteral("<p style='margin:2px 0'>\u26A0\u2002%1</p>")
                        .arg(issueText(issue, &c).toHtmlEscaped());
        }
        warnings_->setText(html);
        warnings_->show();
    }

    setTotal(SubtotalRow, tr("Subtotal"), formatMoney(a.subtotal, locale), true);
    setTotal(TaxRow, tr("Tax"), formatMoney(a.tax, locale), true);
    setTotal(TotalOwedRow, tr("Total owed"), formatMoney(a.totalOwed, locale), true);
    // Shown only when another contract's settlement grants this one a rebooking credit.
    setTotal(CreditsRow, tr("Rebooking credits applied"), formatMoney(-a.creditsApplied, locale),
             !a.creditsApplied.isZero());
    setTotal(DepositsRow, tr("Deposits applied"), formatMoney(-a.depositsApplied, locale), true);
    setTotal(NetDueRow, tr("Net due"), formatMoneyWithCode(a.netDue, locale), true);
    setTotal(BalanceRow, tr("Deposit balance in the group's favour"), formatMoney(a.depositBalance, locale),
             a.depositBalance.isPositive());
}

void DamagesPanel::expandGroups() {
    const QSignalBlocker block(lines_);
    for (int r = 0; r < model_->rowCount(); ++r) {
        const QModelIndex group = model_->index(r, 0);
        lines_->setExpanded(group, !folded_.contains(group.data(AssessmentModel::ComponentRole).toInt()));
    }
}

void DamagesPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        restyle();
    } else if (event->type() == QEvent::LanguageChange) {
        refresh();
    }
    QWidget::changeEvent(event);
}

void DamagesPanel::restyle() {
    QPalette headerPalette = palette();
    headerPalette.setColor(QPalette::Window, palette().color(QPalette::Base));
    header_->setPalette(headerPalette);
    totals_->setPalette(headerPalette);
    QPalette caption = caption_->palette();
    caption.setColor(QPalette::WindowText, mutedTextColor(palette()));
    caption_->setPalette(caption);
    subtitle_->setPalette(caption);
    QPalette warn = warnings_->palette();
    warn.setColor(QPalette::Window, warningBackground(palette()));
    warn.setColor(QPalette::WindowText, warningColor(palette()));
    warnings_->setPalette(warn);
    QPalette problems = problems_->palette();
    problems.setColor(QPalette::Text, errorColor(palette()));
    problems_->setPalette(problems);
}

} // namespace attrition::ui
