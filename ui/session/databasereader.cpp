#include "session/databasereader.h"

#include "attrition/storage/sql_repository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <memory>
#include <utility>

namespace attrition::ui {

DatabaseReader::DatabaseReader(QObject* parent)
    : QObject(parent) {}

DatabaseReader::~DatabaseReader() {
    if (running_ != nullptr) {
        running_->wait();
        delete running_;
    }
}

void DatabaseReader::setDatabase(const storage::ConnectionSettings& connection,
                                 storage::ContractRepository* repository) {
    connection_ = connection;
    // A file opened without its settings is read again from where the window's connection has it.
    if (connection_.engine == storage::Engine::SQLite && connection_.file.empty() && repository != nullptr) {
        connection_.file = repository->location();
    }
    repository_ = repository;
    ++generation_; // what is under way was read from the database before
}

void DatabaseReader::request(std::function<Read()> prepare) {
    pending_ = std::move(prepare);
    ++generation_;
    if (running_ == nullptr) {
        startNext();
    }
}

void DatabaseReader::wait() {
    while (running_ != nullptr) {
        running_->wait();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    }
}

bool DatabaseReader::readsOverItsOwnConnection() const {
    // SQLite files only: a server may ask for a password the window does not keep, and a file that is not
    // there (a database in memory) cannot be opened twice.
    return connection_.engine == storage::Engine::SQLite && !connection_.file.empty() &&
           QFileInfo::exists(QString::fromStdString(connection_.file));
}

void DatabaseReader::startNext() {
    if (!pending_ || repository_ == nullptr) {
        return;
    }
    const std::function<Read()> prepare = std::exchange(pending_, {});
    const std::uint64_t generation = generation_;
    auto work = std::make_shared<Read>(prepare());
    if (!readsOverItsOwnConnection()) {
        work->read(repository_, {});
        work->finished(true);
        return;
    }
    const storage::ConnectionSettings connection = connection_;
    running_ = QThread::create([work, connection] {
        auto opened = storage::SqlContractRepository::open(connection);
        if (!opened) {
            work->read(nullptr, QString::fromStdString(opened.error().message));
            return;
        }
        work->read(opened->get(), {});
    });
    QThread* thread = running_;
    connect(thread, &QThread::finished, this, [this, thread, work, generation] {
        thread->deleteLater();
        running_ = nullptr;
        work->finished(generation == generation_);
        startNext();
    });
    thread->start();
}

namespace {
/// A DatabaseReader for a single read, which deletes itself once the read has ended.
class SingleRead : public DatabaseReader {
public:
    // Owned by the application until then, so that a read still running at the end is waited for.
    SingleRead()
        : DatabaseReader(QCoreApplication::instance()) {}

    void start(std::function<void(storage::ContractRepository*, const QString&)> read,
               std::function<void()> ended) {
        request([this, read = std::move(read), ended = std::move(ended)] {
            return Read{read, [this, ended](bool) {
                            ended();
                            deleteLater();
                        }};
        });
    }
};
} // namespace

bool readWhileWaiting(
    const storage::ConnectionSettings& connection, storage::ContractRepository* repository,
    std::function<void(storage::ContractRepository* repository, const QString& problem)> read,
    QProgressDialog& progress) {
    auto ended = std::make_shared<bool>(false);
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    auto* reader = new SingleRead;
    reader->setDatabase(connection, repository);
    reader->start(std::move(read), [ended, waiting] {
        *ended = true;
        if (waiting) {
            waiting->quit();
        }
    });
    if (!*ended) { // read on the window's thread, it has ended already
        QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return *ended;
}

} // namespace attrition::ui
