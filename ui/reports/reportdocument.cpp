#include "attrition/domain/field_catalogue.h"
#include "models/contractlistmodel.h"
#include "reports/reportbuilder.h"
#include "style/theme.h"
#include "text/values.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QSettings>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QUrl>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <stdexcept>
#include <string>

namespace attrition::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

const QColor kInk(0x1F, 0x23, 0x28);
const QColor kMuted(0x5A, 0x62, 0x6C);
const QColor kAccent(0x1F, 0x4E, 0x79);
const QColor kRule(0xB8, 0xBE, 0xC6);
const QColor kHeaderFill(0xE4, 0xE9, 0xEF);
const QColor kGroupFill(0xF2, 0xF4, 0xF7);
const QColor kWarning(0x7A, 0x4E, 0x00);
const QColor kError(0xB3, 0x26, 0x1E);

/// The logical dots per inch the charts' scenes measure their text in (the screen's, as Qt's fonts do).
qreal sceneDpi() {
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen != nullptr ? screen->logicalDotsPerInchX() : 96.0;
}

QFont baseFont() {
    QFont f = QApplication::font();
    f.setPointSizeF(9.0);
    return f;
}

QPalette printPalette() {
    // The application's light palette, whatever theme is on screen: printed charts are dark on white.
    const Theme before = currentTheme();
    if (before == Theme::Light) {
        return QApplication::palette();
    }
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, kInk);
    p.setColor(QPalette::WindowText, kInk);
    p.setColor(QPalette::Mid, QColor(0xC6, 0xCA, 0xD0));
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x91, 0x99));
    return p;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Paper

QPageLayout ReportPageSetup::pageLayout() const {
    return QPageLayout(QPageSize(size), orientation, QMarginsF(15, 14, 15, 12), QPageLayout::Millimeter);
}

QPageSize::PageSizeId ReportPageSetup::sizeFromName(const QString& name, bool* ok) {
    const QString n = name.trimmed().toLower();
    if (ok != nullptr) {
        *ok = n == QLatin1String("a4") || n == QLatin1String("letter");
    }
    return n == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
}

ReportPageSetup ReportPageSetup::fromSettings() {
    const QSettings settings;
    ReportPageSetup setup;
    setup.size = sizeFromName(settings.value(QStringLiteral("report/pageSize")).toString());
    setup.orientation =
        settings.value(QStringLiteral("report/orientation")).toString() == QLatin1String("landscape")
            ? QPageLayout::Landscape
            : QPageLayout::Portrait;
    return setup;
}

void ReportPageSetup::saveToSettings() const {
    QSettings settings;
    settings.setValue(QStringLiteral("report/pageSize"),
                      size == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4"));
    settings.setValue(QStringLiteral("report/orientation"), orientation == QPageLayout::Landscape
                                                                ? QStringLiteral("landscape")
                                                                : QStringLiteral("portrait"));
}

namespace {

const char* const kLetterheadKeys[] = {"title", "hotel", "address", "taxNumber", "paymentTerms", "logoFile"};

QString* letterheadField(Letterhead& l, int i) {
    QString* fields[] = {&l.title, &l.hotel, &l.address, &l.taxNumber, &l.paymentTerms, &l.logoFile};
    return fields[i];
}

} // namespace

QString Letterhead::defaultTitle() {
    return Texts::tr("Attrition and cancellation statement");
}

QString Letterhead::contractTitle() const {
    const QString t = title.trimmed();
    return t.isEmpty() ? defaultTitle() : t;
}

Letterhead Letterhead::fromSettings() {
    const QSettings settings;
    Letterhead l;
    for (int i = 0; i < static_cast<int>(std::size(kLetterheadKeys)); ++i) {
        // A value with a comma, written into the file by hand without quotes, reads as a list.
        const QVariant v = settings.value(QStringLiteral("letterhead/") + QLatin1String(kLetterheadKeys[i]));
        *letterheadField(l, i) =
            v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", ")) : v.toString();
    }
    return l;
}

void Letterhead::saveToSettings() const {
    QSettings settings;
    Letterhead copy = *this;
    for (int i = 0; i < static_cast<int>(std::size(kLetterheadKeys)); ++i) {
        const QString key = QStringLiteral("letterhead/") + QLatin1String(kLetterheadKeys[i]);
        const QString value = letterheadField(copy, i)->trimmed();
        if (value.isEmpty()) {
            settings.remove(key);
        } else {
            settings.setValue(key, value);
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Charts inside the document

QSizeF ReportChartObject::intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) {
    qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    if (width <= 0) {
        width = 600;
    }
    width -= 2 * doc->documentMargin() + 2;
    const qreal ratio =
        format.doubleProperty(RatioProperty) > 0 ? format.doubleProperty(RatioProperty) : 0.45;
    qreal height = width * ratio;
    // Never taller than most of a page (a landscape page is short).
    const qreal page = doc->pageSize().height();
    if (page > 0 && height > page * 0.62) {
        height = page * 0.62;
    }
    return {width, height};
}

void ReportChartObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format) {
    const int index = format.intProperty(IndexProperty);
    if (index < 0 || static_cast<std::size_t>(index) >= charts.size()) {
        return;
    }
    if (pageArea.isValid() && !pageArea.contains(rect.center())) {
        return;
    }
    QChart* chart = charts[static_cast<std::size_t>(index)];
    const qreal deviceDpi = painter->device() != nullptr ? painter->device()->logicalDpiX() : sceneDpi();
    const QSizeF logical = rect.size() * (sceneDpi() / deviceDpi);
    if (chart->size() != logical) {
        chart->resize(logical);
        if (chart->scene() != nullptr) {
            chart->scene()->setSceneRect(QRectF(chart->pos(), logical));
        }
    }
    if (chart->layout() != nullptr) {
        chart->layout()->activate();
    }
    if (chart->scene() == nullptr) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    chart->scene()->render(painter, rect, QRectF(chart->pos(), logical), Qt::IgnoreAspectRatio);
    painter->restore();
}

// ---------------------------------------------------------------------------------------------------------
// The report

Report::Report(std::unique_ptr<Private> d)
    : d_(std::move(d)) {}

Report::~Report() {
    // The document's layout refers to the chart handler: the document goes first.
    d_->document.reset();
}

QString Report::title() const {
    return d_->title;
}

QString Report::subject() const {
    return d_->subject;
}

QTextDocument* Report::document() const {
    return d_->document.get();
}

int Report::pageCount() const {
    return d_->pages;
}

namespace {

/// Calls `visit(first, separated)` for each run of blocks kept with what follows them, in order, with
/// whether the run's first block ends a page while the first line of what follows is on the next one.
/// `visit` may change the document: the scan goes on from after the run.
template <typename Visit> void scanKeptRuns(QTextDocument* document, qreal pageHeight, Visit visit) {
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    const auto pageOf = [&](qreal y) {
        // A block at the top of a page is there to within rounding: half a device pixel.
        return static_cast<int>(std::floor((y + 0.5) / pageHeight));
    };
    for (QTextBlock b = document->begin(); b.isValid();) {
        if (!b.blockFormat().boolProperty(KeepWithNextProperty)) {
            b = b.next();
            continue;
        }
        const QTextBlock first = b;
        QTextBlock last = b;
        while (last.next().isValid() && last.next().blockFormat().boolProperty(KeepWithNextProperty)) {
            last = last.next();
        }
        const QTextBlock following = last.next();
        b = following;
        if (!following.isValid()) {
            continue;
        }
        const qreal top = layout->blockBoundingRect(first).top();
        // Where the first line of what follows ends: a line that does not fit is moved to the next page
        // within its block, the block itself starting where it would have.
        const QRectF rect = layout->blockBoundingRect(following);
        const QTextLayout* lines = following.layout();
        const qreal next =
            lines != nullptr && lines->lineCount() > 0
                ? rect.top() - lines->boundingRect().top() + lines->lineAt(0).rect().bottom() - 1
                : rect.top();
        const qreal pageTop = pageOf(top) * pageHeight;
        // At the top of a page already, a run longer than a page gains nothing by a break.
        visit(first, pageOf(next) > pageOf(top) && top - pageTop > pageHeight * 0.02);
    }
}

} // namespace

void keepHeadingsWithWhatFollows(QTextDocument* document, qreal pageHeight) {
    if (pageHeight <= 0) {
        return;
    }
    QAbstractTextDocumentLayout* layout = document->documentLayout();
    const auto pageOf = [&](qreal y) {
        return static_cast<int>(std::floor((y + 0.5) / pageHeight));
    };
    const auto setBreak = [](const QTextBlock& block, bool on) {
        QTextBlockFormat f = block.blockFormat();
        f.setPageBreakPolicy(on ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        if (on) {
            f.setProperty(AddedBreakProperty, true);
        } else {
            f.clearProperty(AddedBreakProperty);
        }
        QTextCursor(block).setBlockFormat(f);
    };
    // An empty block `height` high before `block`, which keeps its own format.
    const auto insertSpacer = [](const QTextBlock& block, qreal height) {
        const QTextBlockFormat own = block.blockFormat();
        QTextCursor at(block);
        at.insertBlock(own);
        QTextBlockFormat spacer;
        spacer.setProperty(AddedSpacerProperty, true);
        spacer.setLineHeight(height, QTextBlockFormat::FixedHeight);
        at.movePosition(QTextCursor::PreviousBlock);
        at.setBlockFormat(spacer);
    };
    // The breaks and spacers added for another paper first go.
    for (QTextBlock b = document->begin(); b.isValid();) {
        if (b.blockFormat().boolProperty(AddedSpacerProperty) && b.next().isValid()) {
            const QTextBlockFormat following = b.next().blockFormat();
            QTextCursor at(b);
            at.deleteChar(); // joins the empty spacer and the block after it, in the spacer's format
            at.setBlockFormat(following);
            b = at.block();
            continue;
        }
        if (b.blockFormat().boolProperty(AddedBreakProperty)) {
            setBreak(b, false);
        }
        b = b.next();
    }
    (void)document->pageCount(); // lays the whole document out: the positions read are final
    scanKeptRuns(document, pageHeight, [&](const QTextBlock& first, bool separated) {
        if (!separated || first.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_Auto) {
            return;
        }
        const qreal top = layout->blockBoundingRect(first).top();
        const int page = pageOf(top);
        setBreak(first, true);
        (void)document->pageCount(); // and again, with the break
        // A heading that straddles the foot of a page right under a table is already on the next page as
        // the layout counts pages after the table, and a break takes it one page further, leaving a page
        // empty. A thin empty block before it takes it to the next page instead.
        if (pageOf(layout->blockBoundingRect(first).top()) > page + 1) {
            setBreak(first, false);
            insertSpacer(first, std::max<qreal>(1, (page + 1) * pageHeight - top + 1 -
                                                       first.blockFormat().topMargin()));
            (void)document->pageCount();
        }
    });
}

QStringList Report::headingsEndingAPage() const {
    QStringList found;
    if (d_->pageHeight <= 0) {
        return found;
    }
    scanKeptRuns(d_->document.get(), d_->pageHeight, [&](const QTextBlock& first, bool separated) {
        if (separated) {
            found << first.text();
        }
    });
    return found;
}

QFont bandFont(const QTextDocument* document) {
    QFont small = document->defaultFont();
    small.setPointSizeF(7.5);
    return small;
}

QSizeF reportBodySize(const QTextDocument* document, QPagedPaintDevice* device) {
    const QRect area = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal band = QFontMetricsF(bandFont(document), device).height() * 2.4;
    return {static_cast<qreal>(area.width()), area.height() - 2 * band};
}

int Report::paint(QPagedPaintDevice* device) {
    QPainter painter;
    if (!painter.begin(device)) {
        return 0;
    }
    QTextDocument* doc = d_->document.get();
    const QFont small = bandFont(doc);
    const QFontMetricsF metrics(small, device);
    const qreal band = metrics.height() * 2.4;
    const QSizeF body = reportBodySize(doc, device);

    doc->documentLayout()->setPaintDevice(device);
    doc->setPageSize(body);
    keepHeadingsWithWhatFollows(doc, body.height());
    d_->pageHeight = body.height();
    const int pages = std::max(1, doc->pageCount());
    d_->pages = pages;

    QPalette palette;
    palette.setColor(QPalette::Text, kInk);
    const qreal rule = std::max<qreal>(1.0, device->logicalDpiY() / 300.0);
    const QString header = d_->title + QStringLiteral("  \u00b7  ") + d_->subject;
    for (int page = 0; page < pages; ++page) {
        if (page > 0) {
            device->newPage();
        }
        painter.save();
        painter.translate(0, band);
        painter.setClipRect(QRectF(QPointF(0, 0), body));
        painter.translate(0, -page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        d_->charts->pageArea = context.clip;
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(small);
        painter.setPen(kMuted);
        const QRectF top(0, 0, body.width(), band - metrics.height() * 0.8);
        const QString right = d_->madeOn;
        const qreal rightWidth = metrics.horizontalAdvance(right);
        painter.drawText(
            QRectF(top.left(), top.top(), top.width() - rightWidth - metrics.height(), top.height()),
            Qt::AlignLeft | Qt::AlignBottom,
            metrics.elidedText(header, Qt::ElideRight, top.width() - rightWidth - metrics.height() * 2));
        painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, right);
        painter.setPen(QPen(kRule, rule));
        painter.drawLine(QPointF(0, top.bottom() + metrics.height() * 0.3),
                         QPointF(body.width(), top.bottom() + metrics.height() * 0.3));

        const qreal footerTop = band + body.height();
        painter.drawLine(QPointF(0, footerTop + metrics.height() * 0.5),
                         QPointF(body.width(), footerTop + metrics.height() * 0.5));
        painter.setPen(kMuted);
        const QRectF bottom(0, footerTop + metrics.height() * 0.8, body.width(), metrics.height() * 1.4);
        const QString pageOf = d_->pageOf.arg(page + 1).arg(pages);
        painter.drawText(
            bottom, Qt::AlignLeft | Qt::AlignTop,
            metrics.elidedText(d_->footer, Qt::ElideRight,
                               body.width() - metrics.horizontalAdvance(pageOf) - metrics.height() * 2));
        painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop, pageOf);
    }
    painter.end();
    d_->charts->pageArea = QRectF();
    return pages;
}

bool Report::writePdf(const QString& path, const ReportPageSetup& setup, QString* error) {
    QPdfWriter writer(path);
    writer.setPageLayout(setup.pageLayout());
    writer.setResolution(600);
    writer.setTitle(d_->title + QStringLiteral(" \u2013 ") + d_->subject);
    writer.setCreator(QStringLiteral("Attrition Desk"));
    if (paint(&writer) == 0) {
        if (error != nullptr) {
            *error = Texts::tr("%1 cannot be written").arg(QFileInfo(path).absoluteFilePath());
        }
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Building

ReportBuilder::ReportBuilder(const QString& title, const QString& subject, const ReportOptions& options,
                             const QString& hotel)
    : d_(std::make_unique<Report::Private>())
    , letterhead_(options.letterhead) {
    for (const QString* field :
         {&letterhead_.hotel, &letterhead_.address, &letterhead_.taxNumber, &letterhead_.logoFile}) {
        hasLetterhead_ = hasLetterhead_ || !field->trimmed().isEmpty();
    }
    if (letterhead_.hotel.trimmed().isEmpty()) {
        letterhead_.hotel = hotel;
    }
    d_->title = title;
    d_->subject = subject;
    d_->madeOn = Texts::tr("Made %1").arg(QLocale().toString(options.madeOn, QLocale::LongFormat));
    QStringList footer;
    if (!letterhead_.hotel.trimmed().isEmpty()) {
        footer << letterhead_.hotel.trimmed();
    }
    if (!letterhead_.taxNumber.trimmed().isEmpty()) {
        footer << Texts::tr("Tax number %1").arg(letterhead_.taxNumber.trimmed());
    }
    d_->footer = footer.join(QStringLiteral("  \u00b7  "));
    d_->pageOf = Texts::tr("Page %1 of %2");
    d_->document = std::make_unique<QTextDocument>();
    d_->document->setUndoRedoEnabled(false);
    d_->document->setDocumentMargin(0);
    d_->document->setDefaultFont(baseFont());
    d_->document->setMetaInformation(QTextDocument::DocumentTitle,
                                     title + QStringLiteral(" \u2013 ") + subject);
    d_->host = std::make_unique<QWidget>();
    d_->host->setAttribute(Qt::WA_DontShowOnScreen);
    d_->host->setPalette(printPalette());
    d_->charts = std::make_unique<ReportChartObject>();
    // The document's layout is made once the document is built (finish()): a layout present while the
    // document is edited lays it out again after every insertion, tables all over again each time.
    cursor_ = QTextCursor(d_->document.get());
}

QTextCharFormat ReportBuilder::textFormat(Tone tone, bool bold, double scale) const {
    QTextCharFormat f;
    QFont font = baseFont();
    font.setPointSizeF(font.pointSizeF() * scale * scale_);
    font.setBold(bold);
    f.setFont(font);
    switch (tone) {
    case Tone::Muted:
        f.setForeground(kMuted);
        break;
    case Tone::Warning:
        f.setForeground(kWarning);
        break;
    case Tone::Error:
        f.setForeground(kError);
        break;
    case Tone::Normal:
        f.setForeground(kInk);
        break;
    }
    return f;
}

namespace {

/// Starts a block: the document's first (empty) block is used as it is.
void startBlock(QTextCursor& cursor, bool& empty, const QTextBlockFormat& block,
                const QTextCharFormat& chars) {
    if (empty) {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
        cursor.setCharFormat(chars);
        empty = false;
        return;
    }
    cursor.insertBlock(block, chars);
}

} // namespace

void ReportBuilder::letterheadBlock() {
    const QString hotel = letterhead_.hotel.trimmed();
    const QString address = letterhead_.address.trimmed();
    const QString tax = letterhead_.taxNumber.trimmed();
    QImage logo;
    if (!letterhead_.logoFile.isEmpty()) {
        logo.load(letterhead_.logoFile); // a logo that cannot be read is left out; the dialog says so
    }
    if (!hasLetterhead_) {
        return; // the title block names the contract's hotel
    }
    QTextTableFormat f;
    f.setBorder(0);
    f.setCellPadding(0);
    f.setCellSpacing(0);
    f.setBottomMargin(14);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 40), QTextLength(QTextLength::PercentageLength, 60)});
    if (empty_) {
        empty_ = false; // the table goes before the document's first block
    }
    QTextTable* table = cursor_.insertTable(1, 2, f);
    if (!logo.isNull()) {
        // At most 0.6 in high and 2.4 in wide, in the layout's units (1/96 in on any device).
        const double scale = std::min({1.0, 58.0 / logo.height(), 230.0 / logo.width()});
        const QUrl name(QStringLiteral("attrition-report:letterhead-logo"));
        d_->document->addResource(QTextDocument::ImageResource, name, logo);
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(logo.width() * scale);
        image.setHeight(logo.height() * scale);
        table->cellAt(0, 0).firstCursorPosition().insertImage(image);
    }
    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat r;
    r.setAlignment(Qt::AlignRight);
    right.setBlockFormat(r);
    bool first = true;
    const auto line = [&](const QString& text, const QTextCharFormat& format) {
        if (!first) {
            right.insertBlock(r);
        }
        first = false;
        right.insertText(text, format);
    };
    if (!hotel.isEmpty()) {
        line(hotel, textFormat(Tone::Normal, true, 1.15));
    }
    for (const QString& a : address.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line(a.trimmed(), textFormat(Tone::Muted));
    }
    if (!tax.isEmpty()) {
        line(Texts::tr("Tax number %1").arg(tax), textFormat(Tone::Muted));
    }
    cursor_ = table->lastCursorPosition();
    cursor_.movePosition(QTextCursor::NextBlock);
}

void ReportBuilder::titleBlock(const QString& kicker, const QString& title, const QString& subtitle) {
    letterheadBlock();
    QTextBlockFormat b;
    b.setBottomMargin(2 * scale_);
    QTextCharFormat k = textFormat(Tone::Muted, true, 1.0);
    k.setFontCapitalization(QFont::AllUppercase);
    k.setFontLetterSpacing(106);
    startBlock(cursor_, empty_, b, k);
    cursor_.insertText(kicker, k);
    QTextCharFormat t = textFormat(Tone::Normal, true, 2.0);
    t.setForeground(kAccent);
    QTextBlockFormat tb;
    tb.setBottomMargin(2);
    cursor_.insertBlock(tb, t);
    cursor_.insertText(title, t);
    if (!subtitle.isEmpty()) {
        QTextBlockFormat sb;
        sb.setBottomMargin(8 * scale_);
        const QTextCharFormat s = textFormat(Tone::Muted, false, 1.15);
        cursor_.insertBlock(sb, s);
        cursor_.insertText(subtitle, s);
    }
}

void ReportBuilder::heading(const QString& text, bool newPage) {
    QTextBlockFormat b;
    b.setTopMargin(newPage ? 0 : 14 * scale_);
    b.setBottomMargin(5 * scale_);
    if (newPage) {
        b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    b.setProperty(KeepWithNextProperty, true);
    QTextCharFormat c = textFormat(Tone::Normal, true, 1.45);
    c.setForeground(kAccent);
    startBlock(cursor_, empty_, b, c);
    cursor_.insertText(text, c);
}

void ReportBuilder::subheading(const QString& text) {
    QTextBlockFormat b;
    b.setTopMargin(8 * scale_);
    b.setBottomMargin(3 * scale_);
    b.setProperty(KeepWithNextProperty, true);
    const QTextCharFormat c = textFormat(Tone::Normal, true, 1.1);
    startBlock(cursor_, empty_, b, c);
    cursor_.insertText(text, c);
}

void ReportBuilder::paragraph(const QString& text, Tone tone, bool bold) {
    QTextBlockFormat b;
    b.setBottomMargin(3 * scale_);
    const QTextCharFormat c = textFormat(tone, bold);
    startBlock(cursor_, empty_, b, c);
    cursor_.insertText(text, c);
}

void ReportBuilder::lines(const QStringList& lines, Qt::Alignment alignment, bool bold) {
    QTextBlockFormat b;
    b.setBottomMargin(3 * scale_);
    b.setAlignment(alignment);
    const QTextCharFormat c = textFormat(Tone::Normal, bold);
    startBlock(cursor_, empty_, b, c);
    cursor_.insertText(lines.join(QChar::LineSeparator), c);
}

void ReportBuilder::labelled(const QString& label, const QString& text, Tone tone) {
    QTextBlockFormat b;
    b.setBottomMargin(3 * scale_);
    const QTextCharFormat l = textFormat(Tone::Normal, true);
    startBlock(cursor_, empty_, b, l);
    cursor_.insertText(label + QLatin1Char(' '), l);
    cursor_.insertText(text, textFormat(tone));
}

void ReportBuilder::bullets(const QStringList& items, Tone tone) {
    if (items.isEmpty()) {
        return;
    }
    QTextBlockFormat b;
    b.setBottomMargin(2);
    const QTextCharFormat c = textFormat(tone);
    QTextListFormat list;
    list.setStyle(QTextListFormat::ListDisc);
    list.setIndent(1);
    startBlock(cursor_, empty_, b, c);
    QTextList* created = cursor_.createList(list);
    cursor_.insertText(items.front(), c);
    for (qsizetype i = 1; i < items.size(); ++i) {
        cursor_.insertBlock(b, c);
        created->add(cursor_.block());
        cursor_.insertText(items[i], c);
    }
}

void ReportBuilder::facts(const std::vector<std::pair<QString, QString>>& facts, int pairsPerRow) {
    if (facts.empty()) {
        return;
    }
    const int rows = static_cast<int>((facts.size() + static_cast<std::size_t>(pairsPerRow) - 1) /
                                      static_cast<std::size_t>(pairsPerRow));
    QTextTableFormat f;
    f.setBorder(0);
    f.setCellPadding(2);
    f.setCellSpacing(0);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int i = 0; i < pairsPerRow; ++i) {
        widths << QTextLength(QTextLength::PercentageLength, 16.0 * 2 / pairsPerRow)
               << QTextLength(QTextLength::PercentageLength, 34.0 * 2 / pairsPerRow);
    }
    f.setColumnWidthConstraints(widths);
    QTextTable* table = cursor_.insertTable(rows, pairsPerRow * 2, f);
    const QTextCharFormat label = textFormat(Tone::Muted);
    const QTextCharFormat value = textFormat();
    std::vector<std::pair<int, std::pair<const QString*, const QTextCharFormat*>>> fills;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const int row = static_cast<int>(i / static_cast<std::size_t>(pairsPerRow));
        const int column = static_cast<int>(i % static_cast<std::size_t>(pairsPerRow)) * 2;
        fills.push_back({table->cellAt(row, column).firstPosition(), {&facts[i].first, &label}});
        fills.push_back({table->cellAt(row, column + 1).firstPosition(), {&facts[i].second, &value}});
    }
    QTextCursor at(d_->document.get());
    for (auto fill = fills.rbegin(); fill != fills.rend(); ++fill) {
        at.setPosition(fill->first);
        at.insertText(*fill->second.first, *fill->second.second);
    }
    cursor_.movePosition(QTextCursor::End);
    empty_ = true;
}

void ReportBuilder::headline(const QString& label, const QString& figure, const QString& note) {
    QTextTableFormat f;
    f.setBorder(0.8);
    f.setBorderBrush(kRule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setCellPadding(6);
    f.setCellSpacing(0);
    f.setBackground(kGroupFill);
    f.setTopMargin(6);
    f.setBottomMargin(4);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    f.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 55), QTextLength(QTextLength::PercentageLength, 45)});
    QTextTable* table = cursor_.insertTable(1, 2, f);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    left.insertText(label, textFormat(Tone::Muted, true, 1.1));
    if (!note.isEmpty()) {
        QTextBlockFormat b;
        b.setTopMargin(2);
        left.insertBlock(b);
        left.insertText(note, textFormat(Tone::Normal));
    }
    QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
    QTextBlockFormat r;
    r.setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    right.setBlockFormat(r);
    QTextCharFormat big = textFormat(Tone::Normal, true, 2.0);
    big.setForeground(kAccent);
    right.insertText(figure, big);
    table->cellAt(0, 1).setFormat([] {
        QTextTableCellFormat c;
        c.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        return c;
    }());
    cursor_.movePosition(QTextCursor::End);
    empty_ = true;
}

void ReportBuilder::table(const QStringList& headers, const std::vector<Row>& rows,
                          const std::vector<double>& widths, const std::vector<int>& rightAligned,
                          bool pageBreakBefore, double fontScale) {
    // A group row heads the rows after it, so each group is a table of its own with the group row as its
    // header: the layout moves a header to the next page with the first row under it rather than leave it
    // at the foot of a page, and repeats it over the group's rows on each page they run on. The tables
    // touch, so they read as one; the column headers head the first.
    std::vector<std::size_t> starts{0};
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (rows[r].style == RowStyle::Group) {
            starts.push_back(r);
        }
    }
    for (std::size_t s = 0; s < starts.size(); ++s) {
        const std::size_t from = starts[s];
        const std::size_t to = s + 1 < starts.size() ? starts[s + 1] : rows.size();
        const bool first = s == 0;
        const bool last = s + 1 == starts.size();
        const int groupHeader = from < rows.size() && rows[from].style == RowStyle::Group ? 1 : 0;
        TablePart part;
        part.headers = first ? &headers : nullptr;
        part.rows = std::span<const Row>(rows).subspan(from, to - from);
        part.headerRows = (first ? 1 : 0) + (to - from > 1 ? groupHeader : 0);
        part.topMargin = first ? 2 : 0;
        part.bottomMargin = last ? 6 : 0;
        part.pageBreakBefore = first && pageBreakBefore;
        tablePart(part, static_cast<int>(headers.size()), widths, rightAligned, fontScale);
    }
    empty_ = true;
}

void ReportBuilder::tablePart(const TablePart& part, int columns, const std::vector<double>& widths,
                              const std::vector<int>& rightAligned, double fontScale) {
    const int headerRows = part.headers != nullptr ? 1 : 0;
    QTextTableFormat f;
    f.setHeaderRowCount(part.headerRows);
    f.setBorder(0.5);
    f.setBorderBrush(kRule);
    f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    f.setBorderCollapse(true);
    f.setCellPadding(2);
    f.setCellSpacing(0);
    f.setTopMargin(part.topMargin);
    f.setBottomMargin(part.bottomMargin);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (part.pageBreakBefore) {
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    }
    QList<QTextLength> constraints;
    for (double w : widths) {
        constraints << QTextLength(QTextLength::PercentageLength, w);
    }
    f.setColumnWidthConstraints(constraints);
    const std::span<const Row> rows = part.rows;
    QTextTable* table = cursor_.insertTable(static_cast<int>(rows.size()) + headerRows, columns, f);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (rows[r].style == RowStyle::Group && rows[r].cells.size() == 1 && columns > 1) {
            table->mergeCells(static_cast<int>(r) + headerRows, 0, 1, columns);
        }
    }

    QTextBlockFormat left;
    QTextBlockFormat right;
    right.setAlignment(Qt::AlignRight);
    const auto alignment = [&](int column) -> const QTextBlockFormat& {
        return std::find(rightAligned.begin(), rightAligned.end(), column) != rightAligned.end() ? right
                                                                                                 : left;
    };
    QTextTableCellFormat headerCell;
    headerCell.setBackground(kHeaderFill);
    headerCell.setVerticalAlignment(QTextCharFormat::AlignBottom);
    const QTextCharFormat headerText = textFormat(Tone::Normal, true, 0.95 * fontScale);
    const QTextCharFormat normal = textFormat(Tone::Normal, false, fontScale);
    const QTextCharFormat bold = textFormat(Tone::Normal, true, fontScale);
    QTextCharFormat grand = textFormat(Tone::Normal, true, 1.12 * fontScale);
    grand.setForeground(kAccent);
    const QTextCharFormat note = textFormat(Tone::Muted, false, 0.85 * fontScale);
    QTextTableCellFormat groupCell;
    groupCell.setBackground(kGroupFill);
    QTextTableCellFormat totalCell;
    totalCell.setTopBorder(1.2);
    totalCell.setTopBorderBrush(kInk);
    totalCell.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    QTextTableCellFormat grandCell = totalCell;
    grandCell.setBackground(kGroupFill);

    // What goes where. QTextTable::cellAt() rebuilds the table's grid after every change, so the cells are
    // found first, while the table is unchanged, and filled from the last to the first: text inserted in
    // a cell moves none of the cells before it.
    struct Fill {
        int position;
        int column;
        QString text;
        const QTextCharFormat* chars;
        QString note;
    };
    std::vector<Fill> fills;
    fills.reserve(static_cast<std::size_t>(columns) * (rows.size() + 1));
    std::vector<std::pair<QTextTableCell, const QTextTableCellFormat*>> formats;
    for (int c = 0; headerRows > 0 && c < columns; ++c) {
        const QTextTableCell cell = table->cellAt(0, c);
        formats.emplace_back(cell, &headerCell);
        fills.push_back(Fill{cell.firstPosition(), c, (*part.headers)[c], &headerText, {}});
    }
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Row& row = rows[r];
        const int tableRow = static_cast<int>(r) + headerRows;
        const QTextTableCellFormat* cellFormat = row.style == RowStyle::Group   ? &groupCell
                                                 : row.style == RowStyle::Total ? &totalCell
                                                 : row.style == RowStyle::Grand ? &grandCell
                                                                                : nullptr;
        const QTextCharFormat* chars = row.style == RowStyle::Grand    ? &grand
                                       : row.style == RowStyle::Normal ? &normal
                                                                       : &bold;
        for (int c = 0; c < columns && c < row.cells.size(); ++c) {
            const QTextTableCell cell = table->cellAt(tableRow, c);
            if (cellFormat != nullptr) {
                formats.emplace_back(cell, cellFormat);
            }
            fills.push_back(Fill{cell.firstPosition(), c, row.cells[c], chars,
                                 c < row.notes.size() ? row.notes[c] : QString()});
        }
    }
    for (auto& [cell, format] : formats) {
        cell.setFormat(*format);
    }
    QTextCursor at(d_->document.get());
    for (auto fill = fills.rbegin(); fill != fills.rend(); ++fill) {
        at.setPosition(fill->position);
        at.setBlockFormat(alignment(fill->column));
        at.insertText(fill->text, *fill->chars);
        if (!fill->note.isEmpty()) {
            at.insertBlock(alignment(fill->column));
            at.insertText(fill->note, note);
        }
    }
    cursor_.movePosition(QTextCursor::End);
}

void ReportBuilder::chart(QChart* chart, double ratio) {
    auto& charts = d_->charts->charts;
    if (!empty_) {
        // The caption (or heading) just before the chart goes with it.
        QTextBlockFormat caption = cursor_.blockFormat();
        caption.setProperty(KeepWithNextProperty, true);
        cursor_.setBlockFormat(caption);
    }
    QTextBlockFormat b;
    b.setAlignment(Qt::AlignHCenter);
    b.setBottomMargin(6);
    startBlock(cursor_, empty_, b, textFormat());
    QTextCharFormat object;
    object.setObjectType(ReportChartObject::Type);
    object.setProperty(ReportChartObject::IndexProperty, static_cast<int>(charts.size()));
    object.setProperty(ReportChartObject::RatioProperty, ratio);
    charts.push_back(chart);
    cursor_.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void ReportBuilder::spacer(double points) {
    QTextBlockFormat b;
    b.setTopMargin(points);
    startBlock(cursor_, empty_, b, textFormat(Tone::Normal, false, 0.5));
}

void ReportBuilder::signatures(const QStringList& parties, const QStringList& lines) {
    if (parties.isEmpty()) {
        return;
    }
    const int columns = static_cast<int>(parties.size()) * 2 - 1; // a gap between the parties
    QTextTableFormat f;
    f.setBorder(0);
    f.setBorderCollapse(true);
    f.setCellPadding(1);
    f.setCellSpacing(0);
    f.setTopMargin(8 * scale_);
    f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    const double gap = 8;
    const double each =
        (100.0 - gap * static_cast<double>(parties.size() - 1)) / static_cast<double>(parties.size());
    for (int c = 0; c < columns; ++c) {
        widths << QTextLength(QTextLength::PercentageLength, c % 2 == 0 ? each : gap);
    }
    f.setColumnWidthConstraints(widths);
    const int rows = 1 + 2 * static_cast<int>(lines.size());
    QTextTable* table = cursor_.insertTable(rows, columns, f);
    QTextTableCellFormat ruled;
    ruled.setBottomBorder(0.8);
    ruled.setBottomBorderBrush(kInk);
    ruled.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    const QTextCharFormat name = textFormat(Tone::Normal, true);
    const QTextCharFormat label = textFormat(Tone::Muted, false, 0.85);
    QTextBlockFormat space;
    space.setTopMargin(16 * scale_);
    // Found first, filled from the last to the first (see table()).
    std::vector<std::pair<int, std::pair<QString, const QTextCharFormat*>>> fills;
    std::vector<QTextTableCell> rules;
    for (qsizetype p = 0; p < parties.size(); ++p) {
        const int column = static_cast<int>(p) * 2;
        fills.push_back({table->cellAt(0, column).firstPosition(), {parties[p], &name}});
        for (qsizetype l = 0; l < lines.size(); ++l) {
            const int row = 1 + 2 * static_cast<int>(l);
            rules.push_back(table->cellAt(row, column));
            fills.push_back({table->cellAt(row, column).firstPosition(), {QString(), nullptr}});
            fills.push_back({table->cellAt(row + 1, column).firstPosition(), {lines[l], &label}});
        }
    }
    for (QTextTableCell& cell : rules) {
        cell.setFormat(ruled);
    }
    std::sort(fills.begin(), fills.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    QTextCursor at(d_->document.get());
    for (auto fill = fills.rbegin(); fill != fills.rend(); ++fill) {
        at.setPosition(fill->first);
        if (fill->second.second == nullptr) {
            at.setBlockFormat(space); // the room to write on, above the rule
        } else {
            at.insertText(fill->second.first, *fill->second.second);
        }
    }
    cursor_.movePosition(QTextCursor::End);
    empty_ = true;
}

std::unique_ptr<Report> ReportBuilder::finish() {
    cursor_ = QTextCursor();
    // The layout is made here to hold the charts' handler, but lays nothing out until paint() (or
    // fitsOnePage()) gives it a device and a page size: with a page size of zero it does not lay the
    // document out at all. Laid out here at the default (unlimited) width, the document was laid out once
    // for nothing, a tenth of the time of a report written to PDF.
    d_->document->setPageSize(QSizeF(0, 0));
    d_->document->documentLayout()->registerHandler(ReportChartObject::Type, d_->charts.get());
    return Report::Private::make(std::move(d_));
}

// ---------------------------------------------------------------------------------------------------------
// Words shared by the reports

QString text(const std::string& s) {
    return QString::fromStdString(s);
}

namespace {

// The catalogue's labels the reports name fields by (catalogueLabel()), marked here in the reports' context
// so that lupdate keeps their translations: it does not read core/domain.
// InLanguage.TheReportsNameFieldsByTheCatalogueLabelsTranslated fails when one goes missing.
[[maybe_unused]] constexpr const char* kLabelsMarkedHere[] = {
    QT_TRANSLATE_NOOP("Report", "Reference"),
    QT_TRANSLATE_NOOP("Report", "Group"),
    QT_TRANSLATE_NOOP("Report", "Account"),
    QT_TRANSLATE_NOOP("Report", "Hotel"),
    QT_TRANSLATE_NOOP("Report", "Sales manager"),
    QT_TRANSLATE_NOOP("Report", "Status"),
    QT_TRANSLATE_NOOP("Report", "Currency"),
    QT_TRANSLATE_NOOP("Report", "Cutoff"),
    QT_TRANSLATE_NOOP("Report", "Cancellation notice"),
    QT_TRANSLATE_NOOP("Report", "Deposits"),
};

} // namespace

QString catalogueLabel(std::string_view path) {
    const ContractField* field = findContractField(path);
    if (field == nullptr) {
        throw std::logic_error("a report names " + std::string(path) +
                               ": the field catalogue has no such field");
    }
    // The catalogue's labels are string literals: data() ends with the literal's NUL.
    return Texts::tr(field->label.data());
}

QString statusText(ContractStatus status) {
    return ContractListModel::statusName(status);
}

QString stayText(const Contract& c) {
    const QLocale locale;
    return Texts::tr("%1 to %2 (%n night(s))", nullptr, c.nightCount())
        .arg(locale.toString(toQDate(c.arrival), QStringLiteral("ddd ")) + formatDate(c.arrival),
             locale.toString(toQDate(c.departure), QStringLiteral("ddd ")) + formatDate(c.departure));
}

QString contractSubject(const Contract& c) {
    QString s = text(c.reference);
    if (!c.groupName.empty()) {
        s += QStringLiteral(" \u00b7 ") + text(c.groupName);
    }
    return s;
}

std::vector<std::pair<QString, QString>> contractFacts(const Contract& c, const ReportOptions& options) {
    const QLocale locale;
    const auto orDash = [](const std::string& s) {
        return s.empty() ? QStringLiteral("\u2014") : text(s);
    };
    return {
        {catalogueLabel(field::Hotel::path), orDash(c.hotel)},
        {Texts::tr("Contract"), orDash(c.reference)},
        {catalogueLabel(field::GroupName::path), orDash(c.groupName)},
        {catalogueLabel(field::Status::path), statusText(c.status)},
        {catalogueLabel(field::Account::path), orDash(c.account)},
        {Texts::tr("Stay"), stayText(c)},
        {catalogueLabel(field::SalesManager::path), orDash(c.salesManager)},
        {Texts::tr("Signed"), formatDate(c.signedOn)},
        {catalogueLabel(field::Currency::path), currencyCode(c.currency)},
        {catalogueLabel(field::Cutoff::path), c.cutoff ? formatDate(*c.cutoff) : QStringLiteral("\u2014")},
        {Texts::tr("Report made"), locale.toString(options.madeOn, QLocale::LongFormat)},
        {catalogueLabel(field::CancellationNotice::path),
         c.cancellationNotice ? formatDate(*c.cancellationNotice) : Texts::tr("none received")},
    };
}

} // namespace attrition::ui
