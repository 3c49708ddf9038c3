#pragma once

// What the reports share: the document a report is built in, its charts, and the pieces a report is made
// of (headings, facts, tables, charts). Text is always inserted as text, never as HTML, so whatever a
// contract says prints as those characters.

#include "reports/report.h"
#include "reports/reportoptions.h"

#include <QChart>
#include <QObject>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QWidget>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace attrition::ui {

/// Draws the charts of a report where the document holds their object characters: each chart's scene is
/// laid out at the size the page gives it (in the screen's logical pixels, so that its text keeps its
/// point size) and rendered into the painter, as vectors on a printer or PDF.
class ReportChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 7;
    static constexpr int IndexProperty = QTextFormat::UserProperty + 1;
    static constexpr int RatioProperty = QTextFormat::UserProperty + 2;

    std::vector<QChart*> charts;
    /// The part of the document on the page being painted. A chart is drawn on the page that holds it
    /// only: the layout also offers it to the page before when its top margin starts there, and Qt Charts
    /// replaces the painter's clip with its plot area, so it would show below that page's text.
    QRectF pageArea;

    QSizeF intrinsicSize(QTextDocument* doc, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int position,
                    const QTextFormat& format) override;
};

/// Block properties of the report's document. A block marked KeepWithNext (headings, a chart's caption)
/// starts a new page rather than end one when what follows it would begin on the next page; the breaks
/// (or top margins) this adds are marked AddedBreak, which holds the block's own top margin, so that
/// painting on another paper lays the pages out afresh.
inline constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 3;
inline constexpr int AddedBreakProperty = QTextFormat::UserProperty + 4;
/// An empty block put before a heading to take it to the next page where a break cannot (see
/// keepHeadingsWithWhatFollows), removed again before the document is laid out for another paper.
inline constexpr int AddedSpacerProperty = QTextFormat::UserProperty + 5;

/// Moves every heading that would end a page, with the blocks kept with it, to the top of the next page,
/// for pages `pageHeight` high (the document laid out for them).
void keepHeadingsWithWhatFollows(QTextDocument* document, qreal pageHeight);

/// The font of the page's header and footer bands.
QFont bandFont(const QTextDocument* document);
/// The size of the text on a page of `device` (Report::paint() lays the document out at it): the page's
/// printable area less the header and footer bands, in the device's pixels.
QSizeF reportBodySize(const QTextDocument* document, QPagedPaintDevice* device);

struct Report::Private {
    QString title;
    QString subject;
    QString madeOn; ///< the date the report was made, as the footer says it
    /// The footer's texts, translated when the report is built (not when a page is painted, which may be
    /// later and in another language): the hotel and its tax number, and "Page %1 of %2".
    QString footer;
    QString pageOf;
    std::unique_ptr<QTextDocument> document;
    /// Parent of the chart widgets: never shown, with the light palette, so that printed charts are
    /// black on white whatever the application's theme.
    std::unique_ptr<QWidget> host;
    std::unique_ptr<ReportChartObject> charts;
    int pages = 0;
    qreal pageHeight = 0; ///< of the text on the pages of the last paint()

    static std::unique_ptr<Report> make(std::unique_ptr<Private> d) {
        return std::unique_ptr<Report>(new Report(std::move(d)));
    }
};

/// Builds a report's document with a QTextCursor.
class ReportBuilder {
public:
    enum class Tone : std::uint8_t { Normal, Muted, Warning, Error };
    enum class RowStyle : std::uint8_t { Normal, Group, Total, Grand };

    /// `hotel` is the contract's hotel, named in the footer when the letterhead names none.
    ReportBuilder(const QString& title, const QString& subject, const ReportOptions& options,
                  const QString& hotel = {});

    QWidget* host() const { return d_->host.get(); }
    QTextDocument* document() const { return d_->document.get(); }

    /// The letterhead (when one is set), then the report's title and what it is about, at the top of the
    /// first page.
    void titleBlock(const QString& kicker, const QString& title, const QString& subtitle);
    /// A section heading; `newPage` starts it on a new page.
    void heading(const QString& text, bool newPage = false);
    void subheading(const QString& text);
    void paragraph(const QString& text, Tone tone = Tone::Normal, bool bold = false);
    /// Short lines set as one block, aligned as asked: the date of a letter, its addressee, a signature.
    void lines(const QStringList& lines, Qt::Alignment alignment = Qt::AlignLeft, bool bold = false);
    /// A paragraph led by a bold label on the same line: "Cancellation. If the group cancels, ...".
    void labelled(const QString& label, const QString& text, Tone tone = Tone::Normal);
    void bullets(const QStringList& items, Tone tone = Tone::Normal);
    /// Label and value pairs, `pairsPerRow` side by side.
    void facts(const std::vector<std::pair<QString, QString>>& facts, int pairsPerRow = 2);
    /// A big figure with its label (the net due).
    void headline(const QString& label, const QString& figure, const QString& note);

    /// A table with a header row repeated on every page. `widths` are percentages of the text width,
    /// `rightAligned` the columns of figures.
    struct Row {
        Row() = default;
        Row(QStringList c, RowStyle s = RowStyle::Normal, QStringList n = {}) // NOLINT: rows read as lists
            : cells(std::move(c))
            , style(s)
            , notes(std::move(n)) {}
        QStringList cells;
        RowStyle style = RowStyle::Normal;
        QStringList notes; ///< a second, smaller line under each cell (differences), may be empty
    };
    /// A group row (RowStyle::Group) is never the last row of a page: it goes to the next with the row
    /// under it, and is repeated over its group's rows on each page they continue on.
    void table(const QStringList& headers, const std::vector<Row>& rows, const std::vector<double>& widths,
               const std::vector<int>& rightAligned, bool pageBreakBefore = false, double fontScale = 1.0);
    /// A chart drawn across the text width, `ratio` its height over its width. The view is kept by the
    /// report (its parent is host()).
    void chart(QChart* chart, double ratio);
    void spacer(double points);
    /// Side by side, a place for each party to sign: its name in bold, then for each of `lines` a ruled
    /// space to write on with the line's label under it ("Name and title", "Signature and date").
    void signatures(const QStringList& parties, const QStringList& lines);

    /// Every text and vertical space from here on at `scale` times its size (a report that must fit a
    /// page sets it before it builds anything).
    void setScale(double scale) { scale_ = scale; }

    std::unique_ptr<Report> finish();

private:
    QTextCharFormat textFormat(Tone tone = Tone::Normal, bool bold = false, double scale = 1.0) const;

    /// One of the tables a table() is made of: the column headers (or none), its rows, and how many of
    /// them (the column headers included) repeat at the top of each page it runs on.
    struct TablePart {
        const QStringList* headers = nullptr;
        std::span<const Row> rows;
        int headerRows = 0;
        qreal topMargin = 0;
        qreal bottomMargin = 0;
        bool pageBreakBefore = false;
    };
    void tablePart(const TablePart& part, int columns, const std::vector<double>& widths,
                   const std::vector<int>& rightAligned, double fontScale);

    /// The hotel's logo, name, address and tax number, right-aligned opposite the logo.
    void letterheadBlock();

    std::unique_ptr<Report::Private> d_;
    Letterhead letterhead_;
    bool hasLetterhead_ = false; ///< the settings give a logo, hotel, address or tax number
    QTextCursor cursor_;
    bool empty_ = true;
    double scale_ = 1.0;
};

/// Whether a report fits one portrait page of A4 and of Letter, with a little room to spare (a printer's
/// resolution may set the text a hair longer than the PDF's): laid out as Report::paint() lays it out for a
/// PDF, without painting.
bool fitsOnePage(Report& report);

/// "Sun 9 May 2027 – Wed 12 May 2027 (3 nights)".
QString stayText(const Contract& c);
QString statusText(ContractStatus status);
QString text(const std::string& s);
/// The field catalogue's label of the field at `path` (ContractField::label), translated in the reports'
/// context: a report names a field the editor's way where its word is the same. Throws std::logic_error
/// for a path the catalogue does not have.
QString catalogueLabel(std::string_view path);
/// Facts of the report header: hotel, group, account, reference, dates, status, made on.
std::vector<std::pair<QString, QString>> contractFacts(const Contract& c, const ReportOptions& options);
/// "SMI-2027 · Smith & Sons reunion".
QString contractSubject(const Contract& c);

} // namespace attrition::ui
