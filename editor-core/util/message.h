#pragma once

// Engine messages: what the engine tells a person (errors, warnings), with a stable id,
// an English text with numbered places and the values that go in them. The text is
// translated when it is shown, so the CLI, the editor and scripts each get it in their
// language, and a script can match the id instead of English words.

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace reelcut {

// The English text of a message and its id, as QT_TRANSLATE_NOOP3("Engine", text, id)
// spells them at the place the message is made: lupdate collects the text (context
// "Engine", the id as its disambiguation) into translations/reelcut_*.ts.
struct MessageText {
    const char* text = "%1";
    const char* id = "text";
};

class Message {
public:
    Message() = default;
    explicit Message(MessageText text) : text_(text.text), id_(text.id) {}
    // A name translated in another context, e.g. a preset's name ("Preset", "TikTok"),
    // marked with QT_TRANSLATE_NOOP where it is defined.
    static Message named(const char* context, std::string name);

    // Fills the next numbered place (%1, %2, ...). A value is either plain text (a file
    // name, a number: shown as it is) or another message (translated in its turn).
    Message& arg(std::string value);
    Message& arg(const char* value) { return arg(std::string(value)); }
    Message& arg(const QString& value) { return arg(value.toStdString()); }
    Message& arg(const Message& nested);
    Message& arg(long long value) { return arg(std::to_string(value)); }
    Message& arg(int value) { return arg(std::to_string(value)); }
    Message& arg(double value, int decimals);

    const std::string& id() const { return id_; }
    std::string english() const;
    QString translated() const; // through the installed QTranslator(s)

    // As JSON ({"id", "text", "args"}), so another process can translate it in turn: the
    // editor reads the messages of the reelcut-cli it runs for export this way.
    QJsonObject toJson() const;
    static Message fromJson(const QJsonObject& json);

    friend bool operator==(const Message& a, const Message& b);

private:
    QString render(bool translate) const;

    struct Arg {
        std::string text;
        std::shared_ptr<const Message> nested;
    };
    std::string text_ = "%1";
    std::string id_ = "text";
    std::string context_ = "Engine";
    std::vector<Arg> args_;
};

// Text that is not ours to translate (a detail from a library, a file's own words).
Message verbatim(std::string text);

// Implemented by the engine's exceptions: the message to show a person.
class HasMessage {
public:
    virtual ~HasMessage() = default;
    virtual const Message& message() const = 0;
};

// The base of the engine's exceptions: what() is the English text (for logs and tests),
// message() is the message to show a person.
class Error : public std::runtime_error, public HasMessage {
public:
    explicit Error(Message message)
        : std::runtime_error(message.english()), message_(std::move(message)) {}
    const Message& message() const override { return message_; }

private:
    Message message_;
};

// An impossible request (an empty export range, a value out of range): still a
// std::invalid_argument, with a message.
class InvalidRequest : public std::invalid_argument, public HasMessage {
public:
    explicit InvalidRequest(Message message)
        : std::invalid_argument(message.english()), message_(std::move(message)) {}
    const Message& message() const override { return message_; }

private:
    Message message_;
};

// The message of any exception: an engine Error's own, anything else's what() as it is.
Message messageOf(const std::exception& e);

} // namespace reelcut
