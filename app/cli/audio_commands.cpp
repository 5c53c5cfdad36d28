#include "audio_commands.h"

#include "analysis/analysis_store.h"
#include "analysis/beat_cache.h"
#include "autocut/autocut.h"
#include "export/preset.h"
#include "model/project_file.h"
#include "time/time_text.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <boost/filesystem/operations.hpp>
#include <cstdio>

namespace reelcut::cli {

namespace {

int fail(const QString& message, int code = 1) {
    std::fprintf(stderr, "reelcut-cli: %s\n", message.toUtf8().constData());
    return code;
}

// Parses; returns an exit code when the caller should stop (help shown or bad usage).
std::optional<int> parseArgs(QCommandLineParser& parser, const QString& name,
                             const QString& description, const QStringList& args,
                             int minPositionals, int maxPositionals) {
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({"h", "help"}, "Show this help.");
    parser.addOption(help);
    if (!parser.parse(QStringList{"reelcut-cli " + name} + args)) {
        return fail(parser.errorText(), 2);
    }
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return 0;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositionals || n > maxPositionals) {
        return fail(QStringLiteral("%1: expected %2 argument(s), try 'reelcut-cli %1 --help'")
                        .arg(name)
                        .arg(minPositionals == maxPositionals
                                 ? QString::number(minPositionals)
                                 : QStringLiteral("at least %1").arg(minPositionals)),
                    2);
    }
    return std::nullopt;
}

AnalysisStore storeFrom(const QCommandLineParser& parser) {
    if (parser.isSet("no-cache")) {
        return AnalysisStore({});
    }
    if (parser.isSet("cache-dir")) {
        return AnalysisStore(parser.value("cache-dir").toStdString());
    }
    return AnalysisStore(AnalysisStore::defaultDir());
}

} // namespace

int beatsCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument("MEDIA", "A song, or any file with sound.");
    parser.addOptions({
        {"force", "Analyse again even when the result is cached."},
        {"cache-dir", "Where analyses are cached (default: ~/.cache/reelcut/analysis).", "DIR"},
        {"no-cache", "Neither read nor write the cache."},
    });
    if (auto code = parseArgs(parser, "beats",
                              "Find the tempo, beats, downbeats and onsets of a song; print them "
                              "as JSON (times in seconds).",
                              args, 1, 1)) {
        return *code;
    }
    const QString media = parser.positionalArguments().first();
    try {
        bool cached = false;
        const BeatAnalysis a = cachedBeatAnalysis(media.toStdString(), storeFrom(parser),
                                                  parser.isSet("force"), &cached);
        QJsonObject o = beatAnalysisToJson(a);
        o["media"] = media;
        o["cached"] = cached;
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputs("\n", stdout);
        return 0;
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

int autocutCommand(const QStringList& args) {
    QCommandLineParser parser;
    parser.addPositionalArgument("MEDIA...", "Video clips and pictures, in order.");
    parser.addOptions({
        {"music", "The song to cut to.", "SONG"},
        {"every", "Cut every N beats (1, 2, 4...), or every N bars with --downbeats.", "N", "1"},
        {"downbeats", "Cut on bar starts (the first beat of each bar)."},
        {"trim", "Which part of each clip to use: 'active' (most motion) or 'middle'.", "MODE",
         "active"},
        {"start", "Where in the song the video starts (default: 0).", "T"},
        {"length", "Fill this long, reusing the clips (default: each clip once).", "T"},
        {"preset", "Canvas of this export preset (default: tiktok).", "NAME", "tiktok"},
        {"fps", "Frame rate of the project (default: 30).", "FPS", "30"},
        {{"o", "output"}, "The project to write.", "OUT.reelcut"},
        {"cache-dir", "Where analyses are cached (default: ~/.cache/reelcut/analysis).", "DIR"},
        {"no-cache", "Neither read nor write the cache."},
    });
    if (auto code = parseArgs(parser, "autocut",
                              "Lay clips one after another so that every cut lands on a beat of "
                              "the song, and write the project.",
                              args, 1, 10000)) {
        return *code;
    }
    if (!parser.isSet("music") || !parser.isSet("output")) {
        return fail("autocut: --music SONG and -o OUT.reelcut are required", 2);
    }
    AutocutOptions options;
    bool ok = false;
    options.everyBeats = parser.value("every").toInt(&ok);
    if (!ok || options.everyBeats < 1 || options.everyBeats > 64) {
        return fail("autocut: --every must be a whole number from 1 to 64", 2);
    }
    options.onDownbeats = parser.isSet("downbeats");
    const QString trim = parser.value("trim");
    if (trim != "active" && trim != "middle") {
        return fail("autocut: --trim must be 'active' or 'middle'", 2);
    }
    options.trim = trim == "middle" ? AutocutTrim::Middle : AutocutTrim::MostActive;
    const auto fps = Rational::parse(parser.value("fps").toStdString());
    if (!fps || *fps < Rational(1) || *fps > Rational(240)) {
        return fail("autocut: --fps must be a frame rate from 1 to 240, like 30 or 30000/1001", 2);
    }
    for (const char* name : {"start", "length"}) {
        if (!parser.isSet(name)) {
            continue;
        }
        const auto t = parseTimeText(parser.value(name).toStdString(), *fps);
        if (!t || t->isNegative() || (std::string(name) == "length" && t->isZero())) {
            return fail(QStringLiteral("autocut: --%1: '%2' is not a time (seconds like 2.5, "
                                       "00:00:02.5 or 75f)")
                            .arg(name, parser.value(name)),
                        2);
        }
        (std::string(name) == "start" ? options.songStart : options.length.emplace()) = *t;
    }
    const Preset* preset = findPreset(parser.value("preset").toStdString());
    if (preset == nullptr) {
        return fail(QStringLiteral("autocut: unknown preset '%1'").arg(parser.value("preset")), 2);
    }
    std::vector<std::string> media;
    for (const QString& m : parser.positionalArguments()) {
        media.push_back(boost::filesystem::absolute(m.toStdString()).string());
    }
    try {
        std::vector<std::string> warnings;
        const std::string song =
            boost::filesystem::absolute(parser.value("music").toStdString()).string();
        const Project project = makeAutocutProject(song, media, options, storeFrom(parser),
                                                   preset->width, preset->height, *fps, &warnings);
        const boost::filesystem::path out = parser.value("output").toStdString();
        saveProject(project, out);
        std::size_t clips = 0;
        for (const Track& t : project.tracks) {
            clips += t.kind == TrackKind::Video ? t.clips.size() : 0;
        }
        std::printf("wrote %s: %zu cuts on the beat, %.2f s\n", out.string().c_str(), clips,
                    project.duration().toDouble());
        for (const std::string& w : warnings) {
            std::fprintf(stderr, "warning: %s\n", w.c_str());
        }
        return 0;
    } catch (const std::exception& e) {
        return fail(QString::fromUtf8(e.what()));
    }
}

} // namespace reelcut::cli
