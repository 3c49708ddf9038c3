#include "views/forecastpanel.h"

#include "text/messagetext.h"
#include "text/values.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>

namespace attrition::ui {

namespace {

QString paragraphs(const std::vector<Message>& messages) {
    QString html;
    for (const Message& m : messages) {
        html += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(messageText(m).toHtmlEscaped());
    }
    return html;
}

QString cell(const QString& text, bool number = true) {
    return QStringLiteral("<td style='padding:1px 8px' align='%1'>%2</td>")
        .arg(number ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
}

QString headerCell(const QString& text, bool number = true) {
    return QStringLiteral("<th style='padding:1px 8px' align='%1'>%2</th>")
        .arg(number ? QStringLiteral("right") : QStringLiteral("left"), text.toHtmlEscaped());
}

std::int64_t whole(double rooms) {
    return static_cast<std::int64_t>(std::llround(rooms));
}

} // namespace

ForecastPanel::ForecastPanel(QWidget* parent)
    : QWidget(parent)
    , compareLabel_(new QLabel(this))
    , compare_(new QComboBox(this))
    , view_(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* choice = new QHBoxLayout;
    choice->setContentsMargins(8, 6, 8, 2);
    compareLabel_->setBuddy(compare_);
    choice->addWidget(compareLabel_);
    choice->addWidget(compare_, 1);
    layout->addLayout(choice);
    for (int i = 0; i < 3; ++i) {
        compare_->addItem(QString());
    }
    compare_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    compare_->setMinimumContentsLength(12);
    connect(compare_, &QComboBox::activated, this,
            [this](int index) { emit compareWithChanged(static_cast<CompareWith>(index)); });
    retranslate();
    view_->setFrameShape(QFrame::NoFrame);
    view_->setOpenLinks(false);
    view_->setObjectName(QStringLiteral("forecastView"));
    layout->addWidget(view_);
    render();
}

void ForecastPanel::setOutlook(const Outlook& outlook) {
    outlook_ = outlook;
    compare_->setCurrentIndex(static_cast<int>(outlook.compareWith));
    render();
}

QString ForecastPanel::text() const {
    return view_->toPlainText();
}

void ForecastPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

void ForecastPanel::retranslate() {
    compareLabel_->setText(tr("Compare &with:"));
    compare_->setItemText(static_cast<int>(CompareWith::Hotel), tr("Past groups of the same hotel"));
    compare_->setItemText(static_cast<int>(CompareWith::Account), tr("Past groups of the same account"));
    compare_->setItemText(static_cast<int>(CompareWith::All), tr("All past groups"));
    compare_->setToolTip(tr("The past groups whose booking curve, forecast errors and damages the forecast "
                            "learns from"));
}

void ForecastPanel::render() {
    const QLocale locale;
    if (!outlook_.ready) {
        view_->setHtml(QStringLiteral("<p>%1</p>")
                           .arg((outlook_.unavailable.isEmpty()
                                     ? tr("Open a contract of a group still to arrive to see how its "
                                          "pickup will likely end.")
                                     : outlook_.unavailable)
                                    .toHtmlEscaped()));
        return;
    }
    const forecast::Forecast& f = outlook_.forecast;
    const forecast::DamagesRisk& r = outlook_.risk;
    QString html;
    html += QStringLiteral("<h3 style='margin:4px 0'>%1</h3>")
                .arg(tr("Expected at arrival: %1 room nights of %2 blocked (P10\u2013P90 %3\u2013%4)")
                         .arg(formatCount(whole(f.expected), locale), formatCount(f.blockRoomNights, locale),
                              formatCount(f.p10, locale), formatCount(f.p90, locale))
                         .toHtmlEscaped());
    html += QStringLiteral("<p style='margin:2px 0'>%1</p>")
                .arg(tr("%1 room nights on the books %n day(s) before arrival, as of %2.", nullptr,
                        f.daysBeforeArrival)
                         .arg(formatCount(f.onTheBooks, locale), formatDate(outlook_.today, locale))
                         .toHtmlEscaped());
    html += paragraphs(f.explanation);
    html += QStringLiteral("<h3 style='margin:10px 0 4px 0'>%1</h3>")
                .arg(tr("Expected damages: %1 (P10\u2013P90 %2\u2013%3)")
                         .arg(formatMoneyWithCode(r.expected, locale), formatMoney(r.p10, locale),
                              formatMoney(r.p90, locale))
                         .toHtmlEscaped());
    html += paragraphs(r.explanation);

    html +=
        QStringLiteral("<h3 style='margin:10px 0 4px 0'>%1</h3>").arg(tr("Night by night").toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0'><tr>") + headerCell(tr("Night"), false) +
            headerCell(tr("Room type"), false) + headerCell(tr("Block")) + headerCell(tr("On the books")) +
            headerCell(tr("Expected")) + headerCell(tr("P10\u2013P90")) + QStringLiteral("</tr>");
    for (const forecast::NightForecast& n : f.nights) {
        html +=
            QStringLiteral("<tr>") + cell(formatNight(n.night, locale), false) +
            cell(QString::fromStdString(n.roomType), false) + cell(formatCount(n.block, locale)) +
            cell(formatCount(n.onTheBooks, locale)) + cell(locale.toString(n.expected, 'f', 1)) +
            cell(QStringLiteral("%1\u2013%2").arg(formatCount(n.p10, locale), formatCount(n.p90, locale))) +
            QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    if (outlook_.advice) {
        const forecast::Advice& a = *outlook_.advice;
        const QString heading =
            a.releaseRoomNights == 0
                ? tr("At the review date %1: keep the block held").arg(formatDate(*a.reviewDate, locale))
                : tr("At the review date %1: release %n room night(s)", nullptr,
                     static_cast<int>(a.releaseRoomNights))
                      .arg(formatDate(*a.reviewDate, locale));
        const QString damages = a.releaseRoomNights == 0
                                    ? tr("Expected damages holding the block: %1.")
                                          .arg(formatMoneyWithCode(a.hold.expected, locale))
                                    : tr("Expected damages holding the block: %1; after the release: %2.")
                                          .arg(formatMoneyWithCode(a.hold.expected, locale),
                                               formatMoneyWithCode(a.released.expected, locale));
        html += QStringLiteral("<h3 style='margin:10px 0 4px 0'>%1</h3>").arg(heading.toHtmlEscaped());
        html += QStringLiteral("<p style='margin:2px 0'>%1</p>").arg(damages.toHtmlEscaped());
        html += paragraphs(a.explanation);
        html += QStringLiteral("<table cellspacing='0'><tr>") + headerCell(tr("Night"), false) +
                headerCell(tr("Room type"), false) + headerCell(tr("Block")) + headerCell(tr("Supported")) +
                headerCell(tr("Least allowed")) + headerCell(tr("Keep")) + headerCell(tr("Release")) +
                QStringLiteral("</tr>");
        for (const forecast::NightAdvice& n : a.nights) {
            html += QStringLiteral("<tr>") + cell(formatNight(n.night, locale), false) +
                    cell(QString::fromStdString(n.roomType), false) + cell(formatCount(n.block, locale)) +
                    cell(formatCount(n.supported, locale)) + cell(formatCount(n.allowed, locale)) +
                    cell(formatCount(n.keep, locale)) + cell(formatCount(n.release, locale)) +
                    QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    } else {
        html +=
            QStringLiteral("<p style='margin:10px 0 2px 0'>%1</p>")
                .arg(tr("No review date or cutoff is ahead: there is no release to advise.").toHtmlEscaped());
    }
    view_->setHtml(html);
}

} // namespace attrition::ui
