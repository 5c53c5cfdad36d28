#include "effects_command.h"

#include "effect/effect_catalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace reelcut::cli {

namespace {

int fail(const QString& message, int code) {
    std::fprintf(stderr, "reelcut-cli: %s\n", message.toUtf8().constData());
    return code;
}

void print(const QString& s) {
    std::fputs(s.toUtf8().constData(), stdout);
}

QString valueText(const QJsonValue& v) {
    if (v.isArray()) {
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("on") : QStringLiteral("off");
    }
    return v.toVariant().toString();
}

// One line per parameter: id, type and what it takes.
QString paramLine(const QJsonObject& p) {
    const QString type = p["type"].toString();
    QString takes;
    if (p.contains("choices")) {
        QStringList ids;
        for (const QJsonValue& c : p["choices"].toArray()) {
            ids << c.toObject()["id"].toString();
        }
        takes = ids.join('|');
    } else if (p.contains("min")) {
        takes = QStringLiteral("%1..%2").arg(p["min"].toDouble()).arg(p["max"].toDouble());
    } else if (p.contains("suffix")) {
        takes = "." + p["suffix"].toString();
    }
    QString line =
        QStringLiteral("      %1 %2 %3").arg(p["id"].toString(), -14).arg(type, -7).arg(takes, -20);
    line += QStringLiteral(" default %1").arg(valueText(p["default"]));
    if (p["animatable"].toBool()) {
        line += QStringLiteral(", keyframes");
    }
    return line + QStringLiteral("  (%1)\n").arg(p["name"].toString());
}

void printSection(const QString& title, const QJsonArray& items) {
    print(title + "\n");
    for (const QJsonValue& v : items) {
        const QJsonObject o = v.toObject();
        print(QStringLiteral("  %1 %2 [%3]\n")
                  .arg(o["id"].toString(), -20)
                  .arg(o["name"].toString(), o["category"].toString()));
        if (o.contains("effect")) {
            QStringList params;
            const QJsonObject ps = o["params"].toObject();
            for (auto it = ps.begin(); it != ps.end(); ++it) {
                params << it.key() + "=" + valueText(it.value());
            }
            print(QStringLiteral("      = %1 %2\n").arg(o["effect"].toString(), params.join(' ')));
            continue;
        }
        for (const QJsonValue& p : o["params"].toArray()) {
            print(paramLine(p.toObject()));
        }
    }
}

} // namespace

int effectsCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "List every effect, filter (ready-made look) and transition with its id, name and "
        "parameters: type, range, default, and whether it takes keyframes. Names are in the "
        "language of the environment (LANGUAGE, LANG).");
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    const QCommandLineOption json("json", "Print JSON, for scripts and template tools.");
    parser.addOptions({help, json});
    if (!parser.parse(QStringList{"reelcut-cli effects"} + args)) {
        return fail(parser.errorText(), 2);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail("effects: takes no arguments, try 'reelcut-cli effects --help'", 2);
    }
    const QJsonObject catalog = effectCatalog();
    if (parser.isSet(json)) {
        print(QString::fromUtf8(QJsonDocument(catalog).toJson(QJsonDocument::Indented)));
        return 0;
    }
    printSection(QStringLiteral("EFFECTS"), catalog["effects"].toArray());
    print("\n");
    printSection(QStringLiteral("FILTERS"), catalog["filters"].toArray());
    print("\n");
    printSection(QStringLiteral("TRANSITIONS"), catalog["transitions"].toArray());
    return 0;
}

} // namespace reelcut::cli
