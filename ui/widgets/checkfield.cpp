#include "widgets/checkfield.h"

#include <QCheckBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <algorithm>

namespace attrition::ui {

namespace {

/// A check box whose text wraps onto more lines when the form is narrower than the text (a long label in
/// Spanish on a laptop's screen), rather than making the page scroll sideways. With room it is a plain
/// check box on one line.
class WrappingCheckBox : public QCheckBox {
public:
    explicit WrappingCheckBox(const QString& text, QWidget* parent)
        : QCheckBox(text, parent) {
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        policy.setHeightForWidth(true);
        setSizePolicy(policy);
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override {
        if (width >= QCheckBox::sizeHint().width()) {
            return QCheckBox::sizeHint().height();
        }
        const QRect text = fontMetrics().boundingRect(QRect(0, 0, std::max(1, width - indent()), 100000),
                                                      flags(), plainText());
        return std::max(QCheckBox::sizeHint().height(), text.height() + 2);
    }
    /// As narrow as its longest word.
    QSize minimumSizeHint() const override {
        int widest = 0;
        for (const QString& word : plainText().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            widest = std::max(widest, fontMetrics().horizontalAdvance(word));
        }
        const int width = std::min(QCheckBox::sizeHint().width(), indent() + widest + 2);
        return {width, heightForWidth(width)};
    }

protected:
    /// The box and its text, on every line of it.
    bool hitButton(const QPoint& pos) const override {
        if (width() >= QCheckBox::sizeHint().width()) {
            return QCheckBox::hitButton(pos);
        }
        const QRect text =
            fontMetrics().boundingRect(rect().adjusted(indent(), 1, 0, 0), flags(), plainText());
        return pos.x() < indent() ? pos.y() < text.bottom() : text.contains(pos);
    }
    void paintEvent(QPaintEvent* event) override {
        if (width() >= QCheckBox::sizeHint().width()) {
            QCheckBox::paintEvent(event);
            return;
        }
        QStylePainter painter(this);
        QStyleOptionButton option;
        initStyleOption(&option);
        const QString text = option.text;
        option.text.clear();
        QStyleOptionButton indicator = option;
        indicator.rect = style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, this);
        const int line = fontMetrics().height();
        indicator.rect.moveTop(std::max(0, (line - indicator.rect.height()) / 2 + 1));
        painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, indicator);
        const QRect textRect = rect().adjusted(indent(), 1, 0, 0);
        painter.drawItemText(textRect, flags(), palette(), isEnabled(), text, QPalette::WindowText);
        if (hasFocus()) {
            QStyleOptionFocusRect focus;
            focus.initFrom(this);
            focus.rect = fontMetrics().boundingRect(textRect, flags(), text).adjusted(-1, 0, 1, 1);
            painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
        }
    }

private:
    static int flags() { return Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextShowMnemonic; }
    /// Where the text begins: past the box and the space beside it.
    int indent() const {
        return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) +
               style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this);
    }
    QString plainText() const { return QString(text()).replace(QStringLiteral("&&"), QStringLiteral("&")); }
};

} // namespace

CheckField::CheckField(ContractDocument* document, QString path, QString label,
                       std::function<bool(const Contract&)> get, std::function<void(Contract&, bool)> set,
                       QWidget* parent)
    : FieldEditor(document, std::move(path), label, parent)
    , get_(std::move(get))
    , box_(new WrappingCheckBox(QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")), this)) {
    setInput(box_);
    connect(box_, &QCheckBox::clicked, this, [this, set = std::move(set)](bool checked) {
        document_->endMerge();
        commit([&](Contract& c) { set(c, checked); });
        document_->endMerge();
    });
    refresh();
}

QWidget* CheckField::input() const {
    return box_;
}

void CheckField::setLabel(const QString& label) {
    FieldEditor::setLabel(label);
    box_->setText(QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")));
}

void CheckField::refresh() {
    box_->setChecked(get_(document_->contract()));
}

} // namespace attrition::ui
