#include "util/message_list.h"

#include <QStringList>

namespace reelcut {

std::string joinedEnglish(const std::vector<Message>& messages, const char* separator) {
    std::string out;
    for (std::size_t i = 0; i < messages.size(); ++i) {
        out += (i == 0 ? "" : separator) + messages[i].english();
    }
    return out;
}

QString joinedTranslated(const std::vector<Message>& messages, const QString& separator) {
    QStringList parts;
    for (const Message& m : messages) {
        parts << m.translated();
    }
    return parts.join(separator);
}

QJsonArray englishToJson(const std::vector<Message>& messages) {
    QJsonArray a;
    for (const Message& m : messages) {
        a.append(QString::fromStdString(m.english()));
    }
    return a;
}

QJsonArray messagesToJson(const std::vector<Message>& messages) {
    QJsonArray a;
    for (const Message& m : messages) {
        a.append(m.toJson());
    }
    return a;
}

std::vector<Message> messagesFromJson(const QJsonValue& array,
                                      const std::vector<std::string>& fallback) {
    std::vector<Message> out;
    if (array.isArray()) {
        for (const QJsonValue v : array.toArray()) {
            out.push_back(v.isObject() ? Message::fromJson(v.toObject())
                                       : verbatim(v.toString().toStdString()));
        }
        return out;
    }
    for (const std::string& text : fallback) {
        out.push_back(verbatim(text));
    }
    return out;
}

} // namespace reelcut
