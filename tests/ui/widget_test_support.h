#pragma once

// What the widget tests share: a QApplication on the offscreen platform, an explicit locale (en_US, so that
// what is typed and shown never depends on the machine), settings kept apart from the user's, and helpers
// that drive real widgets.

#include <QAbstractButton>
#include <QApplication>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QLineEdit>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <functional>
#include <gtest/gtest.h>
#include <memory>
#include <ostream>

/// Readable QStrings in GoogleTest's failure messages.
inline void PrintTo(const QString& text, std::ostream* os) {
    *os << '"' << text.toStdString() << '"';
}

namespace attrition::uitest {

/// Lets queued events and timers run.
inline void settle(int rounds = 3) {
    for (int i = 0; i < rounds; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

/// The texts of the charts shown under `root` (axis labels, titles, legends) that are drawn cut short with an
/// ellipsis ("nov 2..."), as the user would see them, each with the chart's object name.
inline QStringList cutChartTexts(const QWidget* root) {
    QStringList cut;
    QList<QChartView*> views = root->findChildren<QChartView*>();
    if (auto* self = qobject_cast<QChartView*>(const_cast<QWidget*>(root))) {
        views.prepend(self);
    }
    for (const QChartView* view : views) {
        if (!view->isVisible() || view->scene() == nullptr) {
            continue;
        }
        for (const QGraphicsItem* item : view->scene()->items()) {
            const auto* text = dynamic_cast<const QGraphicsTextItem*>(item);
            if (text == nullptr || !text->isVisible()) {
                continue;
            }
            const QString plain = text->toPlainText();
            if (plain.contains(QStringLiteral("...")) || plain.contains(QChar(0x2026))) {
                cut << view->objectName() + QStringLiteral(": ") + plain;
            }
        }
    }
    return cut;
}

/// Types `text` into the input as a user would (after selecting what it holds), then leaves it with Return.
inline void retype(QLineEdit* edit, const QString& text, bool finish = true) {
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
    if (finish) {
        QTest::keyClick(edit, Qt::Key_Return);
    }
}

/// Answers the next message box that opens with `button`; returns what it said, once answered.
class MessageBoxAnswer {
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
        : button_(button)
        , timer_(std::make_unique<QTimer>()) {
        timer_->setInterval(10);
        QObject::connect(timer_.get(), &QTimer::timeout, [this] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(w);
                if (box != nullptr && box->isVisible()) {
                    text_ = box->text();
                    timer_->stop();
                    box->button(button_)->click();
                    return;
                }
            }
        });
        timer_->start();
    }
    bool answered() const { return !text_.isEmpty(); }
    QString text() const { return text_; }

private:
    QMessageBox::StandardButton button_;
    std::unique_ptr<QTimer> timer_;
    QString text_;
};

} // namespace attrition::uitest
