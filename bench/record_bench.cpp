// reelcut-record-bench: the recorder's cost per camera picture, as the Record window
// pays it. A video (a camera's 1280x720 or any file) is pushed into a Recorder as fast as
// it takes it, first without recording (preview only), then recording a take; with a
// face effect shown live on the 540x960 preview or without. Prints per picture: the
// preview with its effects, and the whole push (crop, scale, preview, effects, encode);
// pictures per second follow. A camera delivers 30: the live preview needs >= 24.
//
// Usage: reelcut-record-bench VIDEO [--effect face.sticker] [--seconds 10]

#include "builtin_effects.h"
#include "media/ffmpeg_log.h"
#include "record/file_source.h"
#include "record/recorder.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <string>

using namespace reelcut;
using Clock = std::chrono::steady_clock;

namespace {

struct Result {
    double pushMs = 0;
    int frames = 0;
};

Result run(const std::string& video, const std::string& effect, bool record, double seconds,
           const std::string& folder) {
    Recorder recorder{boost::filesystem::path(folder)};
    RecordSettings s;
    s.size = QSize(404, 720); // a 1280x720 camera in 9:16 (recordSizeFor)
    s.previewSize = QSize(540, 960);
    s.lengthSeconds = 0;
    recorder.setSettings(s);
    if (!effect.empty()) {
        EffectInstance fx;
        fx.type = effect;
        recorder.setEffects({fx});
    }
    Recorder::Callbacks cb;
    cb.preview = [](const QImage&, const Recorder::Status&) {
    };
    recorder.setCallbacks(cb);
    if (record) {
        recorder.start();
    }
    FileCaptureSource source{boost::filesystem::path(video)};
    FileCaptureSource::Options o;
    o.seconds = seconds;
    o.loop = true;
    Result r;
    auto last = Clock::now();
    double total = 0;
    source.play(recorder, o, [&](std::int64_t index, std::int64_t) {
        const auto now = Clock::now();
        // The first pictures load the landmark model and start the encoder.
        if (index >= 10) {
            total += std::chrono::duration<double, std::milli>(now - last).count();
            ++r.frames;
        }
        last = now;
        return true;
    });
    recorder.stop();
    r.pushMs = r.frames > 0 ? total / r.frames : 0;
    return r;
}

} // namespace

int main(int argc, char** argv) {
    configureFfmpegLogging();
    QGuiApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: reelcut-record-bench VIDEO [--effect ID] [--seconds N]\n");
        return 2;
    }
    std::string effect = "face.sticker";
    double seconds = 10;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--effect") {
            effect = argv[i + 1];
        } else if (a == "--seconds") {
            seconds = std::stod(argv[i + 1]);
        }
    }
    registerBuiltinEffects();
    QTemporaryDir dir;
    std::printf("%-34s %10s %8s\n", "case", "ms/picture", "fps");
    for (const bool record : {false, true}) {
        for (const std::string& fx : {std::string(), effect}) {
            const Result r = run(argv[1], fx, record, seconds, dir.path().toStdString());
            const std::string name = std::string(record ? "recording" : "preview only") +
                                     (fx.empty() ? ", no effect" : ", " + fx);
            std::printf("%-34s %10.1f %8.1f\n", name.c_str(), r.pushMs,
                        r.pushMs > 0 ? 1000.0 / r.pushMs : 0.0);
        }
    }
    return 0;
}
