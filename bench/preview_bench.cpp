// reelcut-preview-bench: the editor's preview measured as a user meets it: the editor's
// own window (offscreen, at twice the pixel density, so the player shows 540x960), its
// player and preview, and the mixer the sound card would pull:
//
//   open      File > Open in a running editor until the project's first frame is shown;
//   play      the whole edit played at 1x: frames shown per second, frames skipped, the
//             longest wait between two frames; meanwhile a simulated sound card pulls
//             10 ms of the mix every 10 ms from an AudioOutput on its own thread, with
//             the 100 ms buffer the editor asks for: the smallest the buffer got and how
//             often it ran dry (a drop-out);
//   seek      clicks at random points (mid-GOP): time until that frame is shown;
//   drag      the playhead dragged (mouse events every 16 ms, forward and back, fast and
//             slow): at each event, time until a frame asked at or after it is shown.
//
// Usage: reelcut-preview-bench PROJECT.reelcut [--seeks 60] [--only open|play|seek|drag]

#include "builtin_effects.h"
#include "model/project_file.h"
#include "preview/audio_output.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "window/main_window.h"
#include "window/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMessageBox>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <random>
#include <thread>
#include <vector>

using namespace reelcut;
using namespace reelcut::gui;

namespace {

double percentile(std::vector<double> v, double p) {
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    const auto i = std::size_t(std::clamp(p * double(v.size() - 1), 0.0, double(v.size() - 1)));
    return v[i];
}

// Runs the event loop (sleeping while there is nothing to do) until `done` is true or
// `ms` pass.
template <typename F> void waitFor(F done, int ms = 20000) {
    if (done()) {
        return;
    }
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    QElapsedTimer t;
    t.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() >= ms) {
            loop.quit();
        }
    });
    poll.start(1);
    loop.exec();
}

// A sound card pulling the mix in real time from an AudioOutput (which mixes on the
// calling thread, as it does on the editor's audio thread).
class SoundCard {
public:
    explicit SoundCard(std::shared_ptr<const Project> project) : output_(QAudioDevice()) {
        output_.setProject(std::move(project));
        output_.open(QIODevice::ReadOnly);
    }
    void start() {
        thread_ = std::thread([this] { run(); });
    }
    void stop() {
        stop_ = true;
        thread_.join();
    }
    double minBufferMs() const { return minBuffer_ * 1000.0 / kMixSampleRate; }
    int dropOuts() const { return dropOuts_; }
    double worstReadMs() const { return worstRead_; }

private:
    void run() {
        using Clock = std::chrono::steady_clock;
        constexpr int kBuffer = kMixSampleRate / 10; // 100 ms, as AudioOutput asks
        constexpr int kPeriod = kMixSampleRate / 100;
        std::vector<char> data(std::size_t(kBuffer) * kMixChannels * sizeof(float));
        const qint64 frameBytes = kMixChannels * sizeof(float);
        output_.read(data.data(), kBuffer * frameBytes);
        std::int64_t delivered = kBuffer;
        minBuffer_ = kBuffer;
        const auto t0 = Clock::now();
        while (!stop_) {
            // Wait until a period has been played, then refill it.
            const auto due = t0 + std::chrono::microseconds((delivered - kBuffer + kPeriod) *
                                                            1000000 / kMixSampleRate);
            std::this_thread::sleep_until(due);
            const auto before = Clock::now();
            output_.read(data.data(), kPeriod * frameBytes);
            const auto after = Clock::now();
            worstRead_ = std::max(
                worstRead_, std::chrono::duration<double, std::milli>(after - before).count());
            const double played =
                std::chrono::duration<double>(after - t0).count() * kMixSampleRate;
            const double level = double(delivered) - played; // before this period landed
            if (level < 0) {
                ++dropOuts_;
                delivered = std::int64_t(played); // the card played silence meanwhile
            }
            minBuffer_ = std::min(minBuffer_, level);
            delivered += kPeriod;
        }
    }

    AudioOutput output_;
    std::thread thread_;
    std::atomic<bool> stop_{false};
    double minBuffer_ = 0;
    int dropOuts_ = 0;
    double worstRead_ = 0;
};

} // namespace

int main(int argc, char** argv) {
    qputenv("REELCUT_NO_AUDIO", "1"); // the Player runs on the wall clock; SoundCard pulls
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("QT_SCALE_FACTOR", "2"); // a HiDPI screen: the player's 275x490 are 550x980 px
    QApplication app(argc, argv);
    registerBuiltinEffects();
    applyDarkTheme(app);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: reelcut-preview-bench PROJECT.reelcut [--seeks N] "
                             "[--only open|play|seek|drag]\n");
        return 2;
    }
    int seeks = 60;
    QString only; // one phase after open
    for (int i = 2; i + 1 < args.size(); ++i) {
        if (args[i] == "--seeks") {
            seeks = args[i + 1].toInt();
        } else if (args[i] == "--only") {
            only = args[i + 1];
        }
    }
    auto runs = [&](const char* phase) {
        return only.isEmpty() || only == phase;
    };

    // --- open: the editor is up (its fonts loaded, nothing open), then File > Open.
    MainWindow window;
    window.setAskHandler([](const QString&, const QString&, QMessageBox::StandardButtons) {
        return QMessageBox::No;
    });
    window.resize(1500, 940);
    window.show();
    waitFor([] { return false; }, 500);
    QElapsedTimer clock;
    clock.start();
    struct Shown {
        std::int64_t frame;
        qint64 at;
    };
    std::vector<Shown> shown;
    PreviewWidget* preview = window.preview();
    QObject::connect(preview, &PreviewWidget::frameShown, &app, [&](std::int64_t f) {
        shown.push_back({f, clock.elapsed()});
    });
    if (!window.openProject(args[1])) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(args[1]));
        return 1;
    }
    waitFor([&] { return !shown.empty(); });
    const qint64 openMs = clock.elapsed();
    const QSize size = preview->currentImage().size();
    std::printf("open: first frame shown %lld ms after File > Open (preview %dx%d)\n",
                static_cast<long long>(openMs), size.width(), size.height());
    // Let the editor's own background work after opening (thumbnails, waveforms) finish.
    waitFor([] { return false; }, 3000);
    auto project = std::make_shared<const Project>(window.document().project());
    Player& player = *window.player();
    const std::int64_t frames = project->frameCount();
    const double fps = project->frameRate.toDouble();

    if (runs("play")) {
        // --- play: the whole edit at 1x while the sound card pulls the mix.
        SoundCard card(project);
        player.seek(0);
        waitFor([&] { return !shown.empty() && shown.back().frame == 0; }, 5000);
        shown.clear();
        const qint64 playStart = clock.elapsed();
        card.start();
        player.play();
        waitFor([&] { return !player.isPlaying(); }, int(frames / fps * 1000) + 10000);
        const qint64 playMs = clock.elapsed() - playStart;
        card.stop();
        qint64 longestGap = 0;
        for (std::size_t i = 1; i < shown.size(); ++i) {
            longestGap = std::max(longestGap, shown[i].at - shown[i - 1].at);
        }
        std::printf("play: %zu of %lld frames shown in %.1f s: %.1f fps (edit at %.0f fps), "
                    "longest wait between frames %lld ms\n",
                    shown.size(), static_cast<long long>(frames), playMs / 1000.0,
                    shown.size() / (playMs / 1000.0), fps, static_cast<long long>(longestGap));
        std::printf("sound: smallest buffer %.0f ms of 100, %d drop-outs, slowest 10 ms read "
                    "%.1f ms\n",
                    card.minBufferMs(), card.dropOuts(), card.worstReadMs());
    }

    if (runs("seek")) {
        // --- seek: clicks at random frames (mostly mid-GOP), each waited for.
        std::mt19937 rng(11);
        std::uniform_int_distribution<std::int64_t> pick(0, frames - 1);
        std::vector<double> seekMs;
        for (int i = 0; i < seeks; ++i) {
            const std::int64_t f = pick(rng);
            if (f == player.position()) {
                continue;
            }
            shown.clear();
            const qint64 t0 = clock.elapsed();
            player.seek(f);
            waitFor([&] { return !shown.empty() && shown.back().frame == f; });
            seekMs.push_back(double(clock.elapsed() - t0));
        }
        std::printf("seek: %zu random frames: median %.0f ms, p95 %.0f ms, worst %.0f ms\n",
                    seekMs.size(), percentile(seekMs, 0.5), percentile(seekMs, 0.95),
                    percentile(seekMs, 1.0));
    }

    if (runs("drag")) {
        // --- drag: the playhead dragged, a mouse event every 16 ms; strokes forward and
        // back, fast and slow. An event is answered when a frame asked at or after it is
        // shown.
        struct Stroke {
            double from, to, seconds; // fractions of the edit, duration of the stroke
        };
        const std::vector<Stroke> strokes = {{0.0, 1.0, 3.0},   {1.0, 0.0, 3.0},  {0.2, 0.35, 4.0},
                                             {0.35, 0.2, 4.0},  {0.5, 0.9, 1.5},  {0.9, 0.6, 2.0},
                                             {0.62, 0.66, 3.0}, {0.66, 0.62, 3.0}};
        std::vector<double> dragMs;
        for (const Stroke& s : strokes) {
            struct Event {
                qint64 at;
                std::size_t index;
            };
            std::vector<Event> events;
            std::vector<std::int64_t> asked;
            shown.clear();
            const qint64 t0 = clock.elapsed();
            const int steps = std::max(1, int(s.seconds * 1000 / 16));
            for (int k = 0; k <= steps; ++k) {
                const double x = s.from + (s.to - s.from) * k / steps;
                const auto f =
                    std::clamp<std::int64_t>(std::int64_t(x * double(frames - 1)), 0, frames - 1);
                waitFor([&] { return clock.elapsed() >= t0 + k * 16; }, 1000);
                if (!asked.empty() && asked.back() == f) {
                    continue; // the mouse moved less than a frame: no new position
                }
                events.push_back({clock.elapsed(), asked.size()});
                asked.push_back(f);
                player.seek(f);
            }
            const std::int64_t last = asked.back();
            waitFor([&] { return !shown.empty() && shown.back().frame == last; });
            for (const Event& e : events) {
                for (const Shown& sh : shown) {
                    bool answers = false;
                    for (std::size_t j = e.index; j < asked.size() && !answers; ++j) {
                        answers = asked[j] == sh.frame;
                    }
                    if (answers && sh.at >= e.at) {
                        dragMs.push_back(double(sh.at - e.at));
                        break;
                    }
                }
            }
        }
        std::printf("drag: %zu mouse events: the frame under the mouse after median %.0f ms, "
                    "p95 %.0f ms, worst %.0f ms\n",
                    dragMs.size(), percentile(dragMs, 0.5), percentile(dragMs, 0.95),
                    percentile(dragMs, 1.0));
    }
    return 0;
}
