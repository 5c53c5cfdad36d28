#include "util/message.h"

#include <QJsonArray>

namespace reelcut {

namespace {

// Puts the values into %1..%9 in one pass, so a value that itself contains "%1" (a file
// name) is never substituted again.
QString substitute(const QString& pattern, const std::vector<QString>& values) {
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern[i + 1] >= QLatin1Char('1') &&
            pattern[i + 1] <= QLatin1Char('9')) {
            const auto index = std::size_t(pattern[i + 1].unicode() - '1');
            if (index < values.size()) {
                out += values[index];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

Message& Message::arg(std::string value) {
    args_.push_back(Arg{std::move(value), nullptr});
    return *this;
}

Message& Message::arg(const Message& nested) {
    args_.push_back(Arg{{}, std::make_shared<const Message>(nested)});
    return *this;
}

Message& Message::arg(double value, int decimals) {
    return arg(QString::number(value, 'f', decimals).toStdString());
}

QString Message::render(bool translate) const {
    std::vector<QString> values;
    values.reserve(args_.size());
    for (const Arg& a : args_) {
        values.push_back(a.nested ? a.nested->render(translate) : QString::fromStdString(a.text));
    }
    QString pattern = QString::fromStdString(text_);
    if (translate) {
        // A name from another context carries no disambiguation.
        pattern = QCoreApplication::translate(context_.c_str(), text_.c_str(),
                                              context_ == "Engine" ? id_.c_str() : nullptr);
    }
    return substitute(pattern, values);
}

std::string Message::english() const {
    return render(false).toStdString();
}

QString Message::translated() const {
    return render(true);
}

Message Message::named(const char* context, std::string name) {
    Message m;
    m.text_ = std::move(name);
    m.id_ = std::string("name.") + context;
    m.context_ = context;
    return m;
}

QJsonObject Message::toJson() const {
    QJsonArray args;
    for (const Arg& a : args_) {
        if (a.nested) {
            args.append(a.nested->toJson());
        } else {
            args.append(QString::fromStdString(a.text));
        }
    }
    QJsonObject o{{QStringLiteral("id"), QString::fromStdString(id_)},
                  {QStringLiteral("text"), QString::fromStdString(text_)},
                  {QStringLiteral("args"), args}};
    if (context_ != "Engine") {
        o[QStringLiteral("context")] = QString::fromStdString(context_);
    }
    return o;
}

Message Message::fromJson(const QJsonObject& json) {
    Message m;
    m.text_ = json.value(QStringLiteral("text")).toString(QStringLiteral("%1")).toStdString();
    m.id_ = json.value(QStringLiteral("id")).toString(QStringLiteral("text")).toStdString();
    m.context_ =
        json.value(QStringLiteral("context")).toString(QStringLiteral("Engine")).toStdString();
    for (const QJsonValue v : json.value(QStringLiteral("args")).toArray()) {
        if (v.isObject()) {
            m.arg(fromJson(v.toObject()));
        } else {
            m.arg(v.toString().toStdString());
        }
    }
    return m;
}

bool operator==(const Message& a, const Message& b) {
    return a.toJson() == b.toJson();
}

Message verbatim(std::string text) {
    return Message(MessageText{"%1", "text"}).arg(std::move(text));
}

Message messageOf(const std::exception& e) {
    if (const auto* error = dynamic_cast<const HasMessage*>(&e)) {
        return error->message();
    }
    return verbatim(e.what());
}

} // namespace reelcut
