#include "export/exporter.h"

#include "export/mp4_writer.h"
#include "export/safe_zone_check.h"
#include "io/temporary_files.h"
#include "media/audio_reader.h"
#include "media/ffmpeg_ptr.h"
#include "media/media_error.h"
#include "render/audio_mixer.h"
#include "render/frame_renderer.h"
#include "render/loudness.h"
#include "render/shared_decoders.h"
#include "render/true_peak_limiter.h"
#include "render/yuv_canvas.h"
#include "util/bounded_queue.h"
#include "util/log.h"
#include "util/reorder_buffer.h"

#include <algorithm>
#include <atomic>
#include <boost/filesystem/operations.hpp>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

// One frame in flight: its picture, in the encoder's own format, composed in place.
struct Slot {
    ff::FramePtr picture = ff::makeFrame();
};

std::int64_t sampleIndex(const Time& t) {
    return (t * Rational(kMixSampleRate)).floor();
}

// An export only moves forward: a clip not shown for a few frames is done, and what it
// holds (decoder, scratch pictures) can go.
constexpr std::uint64_t kExportIdleTicks = 4;

int renderThreadsFor(const ExportRequest& request) {
    if (request.renderThreads > 0) {
        return request.renderThreads;
    }
    const unsigned cores = std::thread::hardware_concurrency();
    return int(std::clamp(cores, 1u, 4u));
}

} // namespace

fs::path partialPathFor(const fs::path& output) {
    return temporaryPathFor(output);
}

namespace {

ExportResult exportOnce(const Project& project, const ExportRequest& request, double ceilingDb) {
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    const std::string target = request.output.string();

    const FrameRate rate = request.preset.frameRate.value_or(project.frameRate);
    const Time from = request.from.value_or(Time(0));
    const Time to = request.to.value_or(project.duration());
    if (project.duration().isZero()) {
        throw InvalidRequest(Message(QT_TRANSLATE_NOOP3(
            "Engine", "the project is empty: add a clip before exporting", "export.empty")));
    }
    if (from.isNegative() || to <= from) {
        throw InvalidRequest(
            Message(QT_TRANSLATE_NOOP3("Engine", "the export range is empty (from %1 to %2)",
                                       "export.empty-range"))
                .arg(formatTimecode(from))
                .arg(formatTimecode(to)));
    }
    const Rational framesExact = (to - from) * rate;
    std::int64_t total = framesExact.floor();
    if (Rational(total) != framesExact) {
        ++total;
    }
    // Checked before any work; the file is written under a temporary name (removed on
    // failure or cancel) and renamed into place only when complete.
    RunInputs inputs = request.inputs;
    inputs.addProject(project);
    PendingFile output(OutputTarget{request.output, OutputKind::Video, request.replaceExisting},
                       inputs);
    const fs::path partial = output.temporaryPath();
    EncodeSettings settings = encodeSettingsFor(request.preset, rate, true);
    settings.threads = request.encoderThreads;
    Mp4Writer writer(partial, settings);

    // Render workers: each composes whole frames with its own FrameRenderer; they share
    // the video decoders, so a clip is decoded once however many compose. A worker only
    // works while a free slot waits, so when the encoder is the slower side the extra
    // workers sit idle and cost nothing but their scratch pictures.
    const int workers = renderThreadsFor(request);
    SharedDecoders::Options shared;
    shared.renderers = workers;
    shared.idleTicks = kExportIdleTicks;
    const auto decoders = std::make_shared<SharedDecoders>(shared);
    // Every worker holds one slot while it composes; `depth` more wait for the encoder.
    const int poolSize = std::max(2, request.queueDepth) + workers - 1;
    BoundedQueue<std::unique_ptr<Slot>> empty(static_cast<std::size_t>(poolSize));
    ReorderBuffer<std::unique_ptr<Slot>> composed;
    for (int i = 0; i < poolSize; ++i) {
        auto slot = std::make_unique<Slot>();
        if (!slot->picture) {
            throw std::bad_alloc();
        }
        allocateCanvasFrame(*slot->picture, settings.width, settings.height);
        empty.push(std::move(slot));
    }
    auto cancelled = [&] {
        return request.cancel != nullptr && request.cancel->load();
    };

    double gainDb = 0;
    if (request.normalizeLoudness) {
        const double target = request.preset.loudnessTarget;
        gainDb = normalisationGainDb(measureLoudness(project, from, to), target);
        // The limiter takes a little loudness off what it holds down; measure the mix as
        // it will be played and correct once.
        if (gainDb != 0) {
            const LoudnessMeasure limited = measureLoudness(project, from, to, gainDb, true);
            if (limited.integratedLufs > -69 && std::abs(limited.integratedLufs - target) > 0.3) {
                gainDb = std::min(30.0, gainDb + target - limited.integratedLufs);
            }
        }
    }
    const auto gain = static_cast<float>(std::pow(10.0, gainDb / 20.0));
    LoudnessMeter meter; // fed with what is encoded, read at the end for the report
    TruePeakLimiter limiter(ceilingDb);
    const int lag = limiter.latency();

    // Frame numbers are handed out in order, each to a worker that holds a free slot, so
    // the frame the encoder waits for is always being composed or done: no deadlock
    // however the workers are scheduled. Workers fetch their frames' pictures from the
    // decoders in turn, in frame order, so every decoder reads straight on as for one
    // worker (and the output is the same whatever the number of workers); composing, most
    // of the work, runs in parallel.
    std::atomic<std::int64_t> nextFrame{0};
    std::mutex turnMutex;
    std::condition_variable turnChanged;
    std::int64_t turn = 0; // the frame whose pictures are fetched next
    bool stopTurns = false;
    auto passTurn = [&](std::int64_t to, bool stop) {
        std::lock_guard lock(turnMutex);
        turn = std::max(turn, to);
        stopTurns = stopTurns || stop;
        turnChanged.notify_all();
    };
    std::mutex errorMutex;
    std::exception_ptr renderError;
    std::atomic<int> running{workers};
    std::atomic<std::int64_t> renderWaitNs{0};
    auto work = [&] {
        try {
            FrameRenderer frames(FrameRenderer::MissingMedia::Throw);
            frames.setAnalysisDir(request.analysisDir);
            frames.setSharedDecoders(decoders);
            frames.setIdleTicks(kExportIdleTicks);
            for (;;) {
                const auto waitStart = Clock::now();
                std::optional<std::unique_ptr<Slot>> slot = empty.pop();
                renderWaitNs +=
                    std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - waitStart)
                        .count();
                if (!slot || cancelled()) {
                    break;
                }
                const std::int64_t n = nextFrame.fetch_add(1);
                if (n >= total) {
                    break;
                }
                Slot& s = **slot;
                if (!av_frame_is_writable(s.picture.get())) {
                    // The encoder still holds it (it normally lets go once it has
                    // copied the picture): compose into a fresh one instead.
                    allocateCanvasFrame(*s.picture, settings.width, settings.height);
                }
                const Time t = from + Rational(n) / rate;
                {
                    std::unique_lock lock(turnMutex);
                    turnChanged.wait(lock, [&] { return turn == n || stopTurns; });
                    if (stopTurns) {
                        break;
                    }
                }
                try {
                    frames.prefetch(project, t);
                } catch (...) {
                    passTurn(n + 1, true);
                    throw;
                }
                passTurn(n + 1, false);
                frames.renderInto(project, t, *s.picture);
                composed.put(n, std::move(*slot));
            }
        } catch (...) {
            {
                std::lock_guard lock(errorMutex);
                if (!renderError) {
                    renderError = std::current_exception();
                }
            }
            empty.close();
            composed.close(); // the encoder stops at the frame that will not come
            passTurn(0, true);
        }
        if (--running == 0) {
            composed.close(); // frames still missing will not come
        }
    };
    std::vector<std::thread> renderers;
    renderers.reserve(std::size_t(workers));
    for (int i = 0; i < workers; ++i) {
        renderers.emplace_back(work);
    }

    // This thread: mix the sound (in order, so each source is read straight through),
    // encode and mux.
    std::exception_ptr encodeError;
    std::int64_t done = 0;
    Clock::duration encoderWait{};
    try {
        AudioMixer mixer(AudioMixer::MissingMedia::Throw);
        const int maxAudio =
            static_cast<int>((Rational(kMixSampleRate) / rate + Rational(2)).floor());
        std::vector<float> audio(std::size_t(maxAudio) * kMixChannels);
        const std::int64_t firstSample = sampleIndex(from);
        // The limiter looks ahead: the mix runs `lag` samples early and the limiter's
        // output, `lag` late, lands on time.
        {
            std::vector<float> prime(std::size_t(lag) * kMixChannels);
            mixer.mix(project, firstSample, lag, prime.data());
            for (float& v : prime) {
                v *= gain;
            }
            limiter.process(prime.data(), prime.data(), lag);
        }
        while (done < total && !cancelled()) {
            const auto waitStart = Clock::now();
            std::optional<std::unique_ptr<Slot>> slot = composed.take(done);
            encoderWait += Clock::now() - waitStart;
            if (!slot) {
                break;
            }
            writer.writeVideo(*(*slot)->picture);
            empty.push(std::move(*slot));
            const std::int64_t a = firstSample + sampleIndex(Rational(done) / rate);
            const std::int64_t b = firstSample + sampleIndex(Rational(done + 1) / rate);
            const int frames = static_cast<int>(b - a);
            mixer.mix(project, a + lag, frames, audio.data());
            if (gain != 1.0f) {
                for (int i = 0; i < frames * kMixChannels; ++i) {
                    audio[std::size_t(i)] *= gain;
                }
            }
            limiter.process(audio.data(), audio.data(), frames);
            writer.writeAudio(audio.data(), frames);
            meter.add(audio.data(), frames);
            ++done;
            if (request.onProgress) {
                const double elapsed =
                    std::chrono::duration<double>(Clock::now() - started).count();
                ExportProgress p;
                p.framesDone = done;
                p.framesTotal = total;
                p.percent = 100.0 * double(done) / double(total);
                p.fps = elapsed > 0 ? double(done) / elapsed : 0;
                p.etaSeconds = p.fps > 0 ? double(total - done) / p.fps : 0;
                request.onProgress(p);
            }
        }
    } catch (...) {
        encodeError = std::current_exception();
    }
    empty.close();
    composed.close();
    passTurn(0, true);
    for (std::thread& t : renderers) {
        t.join();
    }
    if (renderError) {
        std::rethrow_exception(renderError);
    }
    if (encodeError) {
        std::rethrow_exception(encodeError);
    }
    if (cancelled()) {
        throw ExportCancelled();
    }
    if (done != total) {
        throw MediaError(
            target, "render",
            Message(QT_TRANSLATE_NOOP3("Engine", "stopped after %1 of %2 frames", "export.stopped"))
                .arg(static_cast<long long>(done))
                .arg(static_cast<long long>(total)));
    }
    writer.finish();
    output.commit();

    ExportResult result;
    result.file = request.output;
    result.gainDb = gainDb;
    const LoudnessMeasure encoded = meter.finish();
    result.loudnessLufs = encoded.integratedLufs;
    result.loudnessRange = encoded.rangeLu;
    result.truePeakDb = encoded.truePeakDb;
    result.limitedDb = limiter.maxReductionDb();
    try {
        // What the platform will measure: the sound as decoded from the file.
        const LoudnessMeasure file = measureFileLoudness(request.output);
        result.loudnessLufs = file.integratedLufs;
        result.loudnessRange = file.rangeLu;
        result.truePeakDb = file.truePeakDb;
    } catch (const std::exception&) {
        // The file is checked by the validator below; the mix's own figures stand.
    }
    result.frames = done;
    result.renderThreads = workers;
    result.encoderWaitSeconds = std::chrono::duration<double>(encoderWait).count();
    result.renderWaitSeconds = double(renderWaitNs.load()) / 1e9;
    result.report = validateExport(request.output, request.preset);
    for (Message& w : safeZoneWarnings(project, request.preset)) {
        result.report.warnings.push_back(std::move(w));
    }
    // Platforms turn loud videos down and do not turn quiet ones up: a quiet mix is the
    // one that loses. 4 dB is about where a listener notices.
    if (result.loudnessLufs > -69 && result.loudnessLufs < request.preset.loudnessTarget - 4) {
        result.report.warnings.push_back(
            Message(QT_TRANSLATE_NOOP3("Engine",
                                       "The sound is at %1 LUFS; %2 plays videos at about %3 "
                                       "LUFS, so this one will sound quiet. Export with loudness "
                                       "normalisation to fix it.",
                                       "export.quiet"))
                .arg(result.loudnessLufs, 0)
                .arg(presetName(request.preset))
                .arg(request.preset.loudnessTarget, 0));
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

} // namespace

ExportResult exportProject(const Project& project, const ExportRequest& request) {
    qCDebug(lcExport, "exporting to %s with preset %s", request.output.string().c_str(),
            request.preset.id.c_str());
    ExportResult result = exportOnce(project, request, kExportTruePeakCeilingDb);
    // AAC can raise a hard-limited mix's peaks by more than the margin: measured on the
    // finished file, an export above the platforms' -1 dBTP is made once more with the
    // ceiling lowered by the excess (the earlier file stays until the new one is done).
    if (result.truePeakDb > kPlatformTruePeakDb && result.limitedDb > 0) {
        const double ceiling =
            kExportTruePeakCeilingDb - (result.truePeakDb - kPlatformTruePeakDb) - 0.3;
        qCInfo(lcExport,
               "true peak %.2f dBTP is over %.1f: exporting again with the limiter at %.2f",
               result.truePeakDb, kPlatformTruePeakDb, ceiling);
        const double first = result.seconds;
        result = exportOnce(project, request, ceiling);
        result.seconds += first;
    }
    qCDebug(lcExport, "%lld frames in %.2f s; %.1f LUFS, %.1f LU, %.2f dBTP",
            static_cast<long long>(result.frames), result.seconds, result.loudnessLufs,
            result.loudnessRange, result.truePeakDb);
    return result;
}

} // namespace reelcut
