#pragma once

// Lists of messages (a job's errors, a batch's warnings): joined into one text, and kept
// in JSON files beside their English text.

#include "util/message.h"

#include <QJsonArray>
#include <QJsonValue>
#include <string>
#include <vector>

namespace reelcut {

// A list of messages as one text ("a; b"), in English (logs, the CLI, report files) or
// translated (what the editor shows).
std::string joinedEnglish(const std::vector<Message>& messages, const char* separator = "; ");
QString joinedTranslated(const std::vector<Message>& messages, const QString& separator);

// A list of messages as a JSON array of their English texts (what files and scripts read).
QJsonArray englishToJson(const std::vector<Message>& messages);

// A list of messages as a JSON array of toJson() objects, and back. Reading a file written
// before the messages were kept (no array; `fallback` holding its English texts) gives each
// text as it is (verbatim).
QJsonArray messagesToJson(const std::vector<Message>& messages);
std::vector<Message> messagesFromJson(const QJsonValue& array,
                                      const std::vector<std::string>& fallback = {});

} // namespace reelcut
