#pragma once

#include "attrition/domain/contract.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QTimer;

namespace attrition::ui {

class ContractDocument;

/// Unsaved edits kept on disk by Autosave, found again after the program stopped without saving them.
struct RecoveredEdits {
    QString file;           ///< the autosave file
    QString location;       ///< the database the contract belongs to
    QString sourceId;       ///< the contract's key in it; empty for a contract never saved
    qint64 loadedVersion{}; ///< the version the edits started from
    QDateTime savedAt;      ///< when the edits were written
    Contract contract;      ///< the contract as it was being edited
};

/// Keeps a copy of the contract being edited on disk while it has unsaved changes, so that a crash or a
/// power cut loses at most the last moment of work: the copy is written a moment after each change
/// (atomically, in <application data>/autosave) and removed once the changes are saved or the user
/// discards them. On the next start, recoverable() finds what a program that stopped left behind.
class Autosave : public QObject {
    Q_OBJECT

public:
    /// Watches `document`; the delay is how long after the last change the copy is written.
    explicit Autosave(ContractDocument* document, int delayMs = 1500, QObject* parent = nullptr);
    ~Autosave() override;

    /// Where the document's contract comes from, asked each time a copy is written: the database's
    /// location and the version the contract was loaded at.
    void setSource(std::function<QString()> location, std::function<qint64()> loadedVersion);
    /// Writes the copy now if the document has unsaved changes (also called by the timer).
    void writeNow();
    /// Removes the copy: the changes were saved or discarded.
    void clear();
    /// The file the copy of the current document is written to.
    QString currentFile() const;

    /// The folder of the copies.
    static QString folder();
    /// Copies left for contracts of this database, oldest first. Files that cannot be read are skipped.
    static std::vector<RecoveredEdits> recoverable(const QString& location);
    /// Removes a recovered copy once it has been restored or declined.
    static void discard(const RecoveredEdits& edits);

private:
    void changed();
    QString location() const;

    ContractDocument* document_;
    QTimer* timer_;
    std::function<QString()> location_;
    std::function<qint64()> loadedVersion_;
    QString written_; ///< the file last written, removed by clear()
};

} // namespace attrition::ui
