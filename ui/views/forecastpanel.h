#pragma once

#include "session/outlook.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace attrition::ui {

/// The forward look at the contract being edited: the forecast final pickup night by night with its
/// range, what the group will likely owe, and the release the forecast supports at the next review date,
/// each with the sentences saying how it was obtained. Read-only; fed by the window.
class ForecastPanel : public QWidget {
    Q_OBJECT

public:
    explicit ForecastPanel(QWidget* parent = nullptr);

    void setOutlook(const Outlook& outlook);
    /// What the panel shows, as plain text (for tests).
    QString text() const;
    QComboBox* compareBox() const { return compare_; }

signals:
    /// The user chose other past groups to compare with.
    void compareWithChanged(attrition::ui::CompareWith compareWith);

protected:
    void changeEvent(QEvent* event) override;

private:
    void render();
    void retranslate();

    Outlook outlook_;
    QLabel* compareLabel_;
    QComboBox* compare_;
    QTextBrowser* view_;
};

} // namespace attrition::ui
