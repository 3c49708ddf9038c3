#include "session/databasereader.h"

#include "attrition/storage/sql_repository.h"

#include <QCoreApplication>
#include <QFileInfo>
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

void DatabaseReader::startNext() {
    if (!pending_ || repository_ == nullptr) {
        return;
    }
    const std::function<Read()> prepare = std::exchange(pending_, {});
    const std::uint64_t generation = generation_;
    auto work = std::make_shared<Read>(prepare());
    // A second connection reads on another thread. SQLite files only: a server may ask for a password the
    // window does not keep, and a file that is not there (a database in memory) cannot be opened twice.
    const bool ownConnection = connection_.engine == storage::Engine::SQLite && !connection_.file.empty() &&
                               QFileInfo::exists(QString::fromStdString(connection_.file));
    if (!ownConnection) {
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

} // namespace attrition::ui
