// The database made on the first start: the bundled samples dated relative to today, whole weeks apart from
// their files so that they owe exactly what the files owe, generated contracts consistent with today, and the
// hotel's outlook of every sample hotel, so that the Quote page of a sample group has figures.

#include "attrition/engine/engine.h"
#include "attrition/storage/connection.h"
#include "attrition/storage/sample_data.h"
#include "attrition/storage/sql_repository.h"
#include "models/contractlistmodel.h"
#include "models/hoteloutlookmodel.h"
#include "session/contractdocument.h"
#include "session/contractfiles.h"
#include "session/database.h"
#include "text/values.h"
#include "views/contractlistpanel.h"
#include "views/mainwindow.h"
#include "views/quotepanel.h"
#include "widget_test_support.h"

#include <QDir>
#include <QHeaderView>
#include <QPaintEngine>
#include <QPainter>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <map>

using namespace attrition;
using namespace attrition::ui;
namespace st = attrition::storage;

namespace {

std::unique_ptr<st::SqlContractRepository> newDatabase(const QString& path) {
    st::ConnectionSettings s;
    s.file = path.toStdString();
    st::OpenOptions options;
    options.createIfMissing = true;
    auto opened = st::SqlContractRepository::open(s, options);
    if (!opened) {
        ADD_FAILURE() << opened.error().message;
        return nullptr;
    }
    return std::move(opened).value();
}

/// The settings a first start leaves, pointing at the database at `path`, for the next window to open it.
void rememberDatabase(const QString& path) {
    QSettings().clear();
    st::ConnectionSettings connection;
    connection.file = path.toStdString();
    QSettings settings;
    st::writeConnectionSettings(settings, connection);
}

void expectSameAmounts(const Assessment& a, const Assessment& b, const std::string& what) {
    EXPECT_EQ(a.cancelled, b.cancelled) << what;
    EXPECT_EQ(a.rooms, b.rooms) << what;
    EXPECT_EQ(a.foodBeverage, b.foodBeverage) << what;
    EXPECT_EQ(a.meetingRoom, b.meetingRoom) << what;
    EXPECT_EQ(a.cancellation, b.cancellation) << what;
    EXPECT_EQ(a.tax, b.tax) << what;
    EXPECT_EQ(a.totalOwed, b.totalOwed) << what;
    EXPECT_EQ(a.depositsApplied, b.depositsApplied) << what;
    EXPECT_EQ(a.netDue, b.netDue) << what;
    EXPECT_EQ(a.depositBalance, b.depositBalance) << what;
    EXPECT_EQ(a.warnings.size(), b.warnings.size()) << what;
    ASSERT_EQ(a.lines.size(), b.lines.size()) << what;
    for (std::size_t i = 0; i < a.lines.size(); ++i) {
        EXPECT_EQ(a.lines[i].amount, b.lines[i].amount) << what << " line " << i;
    }
}

class FirstStartDatabase : public ::testing::TestWithParam<QDate> {};

TEST_P(FirstStartDatabase, BundledSamplesAreDatedRelativeToTodayAndOweWhatTheirFilesOwe) {
    const QDate today = GetParam();
    const Date day = *fromQDate(today);
    QTemporaryDir dir;
    auto repository = newDatabase(dir.filePath(QStringLiteral("first.sqlite")));
    ASSERT_TRUE(repository);
    ASSERT_EQ(fillWithSamples(*repository, QStringLiteral(ATTRITION_SAMPLES_DIR), 0, today), QString());

    std::optional<Date> lastDeparture;
    int files = 0;
    for (const QFileInfo& info :
         QDir(QStringLiteral(ATTRITION_SAMPLES_DIR)).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        const ContractFile file = readContractFile(info.absoluteFilePath());
        ASSERT_TRUE(file.errors.isEmpty()) << info.fileName().toStdString();
        for (const Contract& original : file.contracts) {
            ++files;
            const std::string what = original.reference;
            auto stored = repository->loadByReference(original.reference);
            ASSERT_TRUE(stored) << what;
            const Contract& c = stored->contract;
            const std::int32_t shift = c.arrival.daysSince(original.arrival);
            EXPECT_EQ(shift % 7, 0) << what;
            EXPECT_EQ(c.signedOn.daysSince(original.signedOn), shift) << what;
            EXPECT_EQ(c.departure.daysSince(original.departure), shift) << what;
            EXPECT_EQ(c.status, original.status) << what;
            // The same contract but for its dates: the same amounts to the cent.
            expectSameAmounts(assess(original), assess(c), what);

            EXPECT_LT(c.signedOn, day) << what;
            for (const Deposit& d : c.deposits) {
                EXPECT_LT(d.received, day) << what;
            }
            for (const BlockReduction& r : c.reductions) {
                EXPECT_LT(r.recorded, day) << what;
            }
            if (c.status == ContractStatus::Actualized) {
                EXPECT_LT(c.departure, day) << what; // the final pickup is in
                lastDeparture = lastDeparture ? std::max(*lastDeparture, c.departure) : c.departure;
            } else if (c.status == ContractStatus::Cancelled) {
                ASSERT_TRUE(c.cancellationNotice) << what;
                EXPECT_LT(*c.cancellationNotice, day) << what;
            } else {
                EXPECT_GT(c.arrival, day) << what; // still to come
            }
        }
    }
    EXPECT_GT(files, 20);
    // The latest actualized group left in the week before today: the past groups are recent.
    ASSERT_TRUE(lastDeparture);
    EXPECT_GE(*lastDeparture, day.addDays(-7));
}

TEST_P(FirstStartDatabase, GeneratedContractsAreConsistentWithToday) {
    const QDate today = GetParam();
    const Date day = *fromQDate(today);
    QTemporaryDir dir;
    auto repository = newDatabase(dir.filePath(QStringLiteral("first.sqlite")));
    ASSERT_TRUE(repository);
    const QString noFiles = dir.filePath(QStringLiteral("none"));
    ASSERT_TRUE(QDir().mkpath(noFiles));
    ASSERT_EQ(fillWithSamples(*repository, noFiles, 600, today), QString());
    int past = 0;
    int upcoming = 0;
    const auto visited = repository->forEachContract([&](const st::StoredContract& stored) {
        const Contract& c = stored.contract;
        if (c.arrival < day) {
            ++past;
            EXPECT_TRUE(c.status == ContractStatus::Actualized || c.status == ContractStatus::Cancelled)
                << c.reference << " arrived " << c.arrival.toIso();
        } else {
            ++upcoming;
            EXPECT_NE(c.status, ContractStatus::Actualized)
                << c.reference << " arrives " << c.arrival.toIso();
        }
        if (c.cancellationNotice) {
            EXPECT_LT(*c.cancellationNotice, day) << c.reference;
        }
        // The year in the name is the year of arrival.
        EXPECT_TRUE(c.groupName.ends_with(std::to_string(c.arrival.year()))) << c.groupName;
        return true;
    });
    ASSERT_TRUE(visited);
    EXPECT_GT(past, 100);
    EXPECT_GT(upcoming, 100);
    const auto reports = repository->allPickupSnapshots();
    ASSERT_TRUE(reports);
    std::size_t count = 0;
    for (const auto& [id, history] : *reports) {
        for (const PickupSnapshot& s : history) {
            EXPECT_LE(s.reportDate, day);
            ++count;
        }
    }
    EXPECT_GT(count, 1000U);
}

TEST_P(FirstStartDatabase, TheHotelsOutlookCoversEveryNightOfEverySampleGroupInItsCurrency) {
    const QDate today = GetParam();
    QTemporaryDir dir;
    std::vector<std::unique_ptr<st::SqlContractRepository>> databases;
    for (const QString& name : {QStringLiteral("first.sqlite"), QStringLiteral("again.sqlite")}) {
        databases.push_back(newDatabase(dir.filePath(name)));
        ASSERT_TRUE(databases.back());
        ASSERT_EQ(fillWithSamples(*databases.back(), QStringLiteral(ATTRITION_SAMPLES_DIR),
                                  MainWindow::kGeneratedSamples, today),
                  QString());
    }
    st::SqlContractRepository& repository = *databases.front();
    std::map<std::string, Currency> hotels;
    int groups = 0;
    int bundled = 0;
    const auto visited = repository.forEachContract([&](const st::StoredContract& stored) {
        const Contract& c = stored.contract;
        ++groups;
        bundled += c.reference.starts_with("GRP-0") ? 0 : 1;
        hotels.emplace(c.hotel, c.currency);
        const auto outlook = repository.hotelOutlook(c.hotel, c.arrival, c.departure.addDays(-1));
        EXPECT_TRUE(static_cast<bool>(outlook)) << c.reference;
        if (!outlook) {
            return false;
        }
        EXPECT_EQ(outlook->size(), static_cast<std::size_t>(c.departure.daysSince(c.arrival))) << c.reference;
        for (const HotelNight& n : *outlook) {
            EXPECT_EQ(n.transientNetAdr.currency(), c.currency) << c.reference;
            EXPECT_EQ(n.transientAncillary.currency(), c.currency) << c.reference;
            EXPECT_GT(n.capacity, 0) << c.reference;
            std::int32_t rooms = 0;
            for (const BlockEntry& e : c.block) {
                rooms += e.night == n.night ? e.rooms : 0;
            }
            EXPECT_LE(rooms, n.capacity) << c.reference << " " << n.night.toIso();
        }
        return true;
    });
    ASSERT_TRUE(visited);
    EXPECT_EQ(groups, static_cast<int>(MainWindow::kGeneratedSamples) + bundled);
    EXPECT_GT(bundled, 20);
    auto withOutlook = repository.outlookHotels();
    ASSERT_TRUE(withOutlook);
    EXPECT_EQ(withOutlook->size(), hotels.size());
    // The same samples on the same day: the same outlook.
    const Date from = *Date::fromYmd(2000, 1, 1);
    const Date to = *Date::fromYmd(2100, 1, 1);
    for (const auto& [hotel, currency] : hotels) {
        auto a = repository.hotelOutlook(hotel, from, to);
        auto b = databases.back()->hotelOutlook(hotel, from, to);
        ASSERT_TRUE(a && b) << hotel;
        EXPECT_FALSE(a->empty()) << hotel;
        EXPECT_EQ(*a, *b) << hotel;
    }
}

/// A paint device that keeps the texts drawn on it, as they are drawn (cut short or not).
class TextRecorder : public QPaintDevice {
public:
    explicit TextRecorder(QSize size)
        : size_(size) {}
    QPaintEngine* paintEngine() const override { return &engine_; }
    const QStringList& texts() const { return engine_.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override {
        switch (metric) {
        case PdmWidth:
            return size_.width();
        case PdmHeight:
            return size_.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(metric);
        }
    }

private:
    struct Engine : QPaintEngine {
        QStringList texts;
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint*, int, PolygonDrawMode) override {}
        void drawRects(const QRectF*, int) override {}
        void drawRects(const QRect*, int) override {}
        void drawLines(const QLineF*, int) override {}
        void drawLines(const QLine*, int) override {}
        void drawPath(const QPainterPath&) override {}
        void drawImage(const QRectF&, const QImage&, const QRectF&, Qt::ImageConversionFlags) override {}
        void drawTextItem(const QPointF&, const QTextItem& item) override { texts << item.text(); }
        Type type() const override { return QPaintEngine::User; }
    };
    QSize size_;
    mutable Engine engine_;
};

TEST(ContractList, TellsTheSampleGroupsApartOnALaptopScreen) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    {
        auto repository = newDatabase(path);
        ASSERT_TRUE(repository);
        ASSERT_EQ(fillWithSamples(*repository, QStringLiteral(ATTRITION_SAMPLES_DIR),
                                  MainWindow::kGeneratedSamples, QDate(2026, 12, 6)),
                  QString());
    }
    rememberDatabase(path);
    MainWindow window;
    ASSERT_TRUE(window.openInitialDatabase());
    window.resize(1366, 768 - 40 - 30); // a laptop's screen less a taskbar and a title bar
    window.show();
    window.setPage(MainWindow::Page::Contracts); // the window opens on the desk
    uitest::settle(10);
    QTableView* view = window.listPanel()->view();
    const int column = ContractListModel::GroupColumn;
    ASSERT_FALSE(view->isColumnHidden(column));

    TextRecorder recorder(view->viewport()->size());
    {
        QPainter painter(&recorder);
        view->viewport()->render(&painter);
    }
    const QString ellipsis(QChar(0x2026));
    // Each group shown: its whole name (the model's) and what the list drew for it.
    std::map<QString, QString> shownFor; // what was drawn -> the name
    int rows = 0;
    int cutInTheMiddle = 0;
    const QFontMetrics metrics(view->font());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, column);
        const QRect cell = view->visualRect(index);
        if (cell.isEmpty() || !view->viewport()->rect().contains(cell)) {
            continue;
        }
        const QString name = index.data(Qt::DisplayRole).toString();
        // What the list drew for this name: the name itself, or a text with the ellipsis whose ends are
        // the name's.
        QString drawn;
        for (const QString& text : recorder.texts()) {
            if (text == name) {
                drawn = text;
                break;
            }
            const qsizetype cut = text.indexOf(ellipsis);
            if (cut > 0 && name.startsWith(text.left(cut)) && name.endsWith(text.mid(cut + 1)) &&
                cut + 1 < text.size()) {
                drawn = text;
                break;
            }
        }
        ASSERT_FALSE(drawn.isEmpty()) << "row " << row << ": " << name.toStdString();
        ++rows;
        if (drawn != name) {
            ++cutInTheMiddle;
            EXPECT_FALSE(drawn.endsWith(ellipsis)) << drawn.toStdString();
        }
        // The tooltip holds the whole name.
        EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().startsWith(name)) << name.toStdString();
        const auto [it, added] = shownFor.emplace(drawn, name);
        EXPECT_TRUE(added || it->second == name) << "\"" << drawn.toStdString() << "\" shows both "
                                                 << it->second.toStdString() << " and " << name.toStdString();
    }
    if (const QString shot = qEnvironmentVariable("ATTRITION_LIST_SCREENSHOT"); !shot.isEmpty()) {
        window.grab().save(shot);
    }
    EXPECT_GT(rows, 10);
    EXPECT_GT(cutInTheMiddle, 0); // long names are cut short, in the middle
    window.document()->setSaved();
    QSettings().clear();
}

TEST(QuotePage, ASampleGroupShowsAVerdictAgainstTheSamplesOutlook) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("first.sqlite"));
    QString proposed;
    int nights = 0;
    {
        auto repository = newDatabase(path);
        ASSERT_TRUE(repository);
        ASSERT_EQ(fillWithSamples(*repository, QStringLiteral(ATTRITION_SAMPLES_DIR),
                                  MainWindow::kGeneratedSamples, QDate(2026, 12, 6)),
                  QString());
        // The first proposed group (prospect or tentative) of the samples.
        const auto visited = repository->forEachContract([&](const st::StoredContract& stored) {
            const Contract& c = stored.contract;
            if (c.status != ContractStatus::Prospect && c.status != ContractStatus::Tentative) {
                return true;
            }
            proposed = contractKey(stored.id);
            nights = c.departure.daysSince(c.arrival);
            return false;
        });
        ASSERT_TRUE(visited);
    }
    ASSERT_FALSE(proposed.isEmpty());
    rememberDatabase(path);
    MainWindow window;
    ASSERT_TRUE(window.openInitialDatabase());
    window.resize(1366, 768);
    window.show();
    ASSERT_TRUE(window.openContract(proposed));
    window.setMode(MainWindow::Mode::Quote);
    uitest::settle(10);
    QuotePanel* quote = window.quotePanel();
    quote->recompute();
    // The hotel's outlook of every night of the stay comes from the database, nothing to type or save.
    EXPECT_EQ(quote->outlookModel()->outlook().size(), static_cast<std::size_t>(nights));
    EXPECT_EQ(quote->outlookMessage(), QString());
    EXPECT_FALSE(quote->hasUnsavedOutlook());
    const QString summary = quote->summaryText();
    EXPECT_TRUE(summary.startsWith(QStringLiteral("Worth taking")) ||
                summary.startsWith(QStringLiteral("Costs the hotel")) ||
                summary.startsWith(QStringLiteral("Break-even")))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("Net value of the group"))) << summary.toStdString();
    window.document()->setSaved();
    QSettings().clear();
}

INSTANTIATE_TEST_SUITE_P(Days, FirstStartDatabase,
                         ::testing::Values(QDate(2026, 12, 6), QDate(2025, 3, 15), QDate(2031, 2, 28)),
                         [](const ::testing::TestParamInfo<QDate>& day) {
                             return day.param.toString(QStringLiteral("yyyyMMdd")).toStdString();
                         });

} // namespace
