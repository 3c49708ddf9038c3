#pragma once

#include "session/outlook.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTreeView;
class QGridLayout;

namespace attrition::ui {

class AssessmentModel;
class ContractDocument;

/// What the group owes, recalculated as the user types: the net due, the itemized assessment with each
/// line's explanation, the warnings and the totals; or, while the contract has problems, the problems.
class DamagesPanel : public QWidget {
    Q_OBJECT

public:
    explicit DamagesPanel(ContractDocument* document, QWidget* parent = nullptr);

    AssessmentModel* model() const { return model_; }
    QTreeView* linesView() const { return lines_; }
    /// The headline figure as shown ("18,680.00 USD"), for tests.
    QString netDueText() const;
    /// The total owed as shown.
    QString totalOwedText() const;
    /// The rebooking credits applied as shown; empty when no other contract grants this one a credit.
    QString creditsText() const;
    /// The line under the headline: how the contract was assessed, or why it could not be.
    QString subtitleText() const;
    /// The problems listed while the contract cannot be assessed.
    QStringList problems() const;
    /// The warnings shown above the lines, as plain text, one a line; empty when none are shown.
    QString warningsText() const;
    /// Shows what the group will likely owe at arrival beside what it owes at today's pickup (nothing when
    /// the outlook is not ready).
    void setOutlook(const Outlook& outlook);
    /// The "expected at arrival" line as shown (empty when hidden), for tests.
    QString expectedText() const;

signals:
    /// The user chose a problem: show its field.
    void fieldActivated(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void showOutlook(bool assessed);
    void restyle();
    void expandGroups();

    ContractDocument* document_;
    AssessmentModel* model_;
    QLabel* caption_;
    QLabel* netDue_;
    QLabel* subtitle_;
    QLabel* figures_;
    QLabel* expected_;
    QLabel* warnings_;
    QStackedWidget* body_;
    QTreeView* lines_;
    QListWidget* problems_;
    QWidget* totals_;
    QGridLayout* totalsLayout_;
    QWidget* header_;
    QSet<int> folded_; ///< the components the user folded away
    Outlook outlook_;
};

} // namespace attrition::ui
