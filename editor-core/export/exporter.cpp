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
#include "render/true_peak_limiter.h"
#include "render/yuv_canvas.h"
#include "util/bounded_queue.h"
#include "util/log.h"

#include <boost/filesystem/operations.hpp>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <exception>
#include <thread>
#include <unistd.h>
#include <vector>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

// One frame in flight: its picture (in the encoder's own format, composed in place) and
// the audio samples that play during it.
struct Slot {
    ff::FramePtr picture = ff::makeFrame();
    std::vector<float> audio;
    int audioFrames = 0;
};

std::int64_t sampleIndex(const Time& t) {
    return (t * Rational(kMixSampleRate)).floor();
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

    const int depth = std::max(2, request.queueDepth);
    BoundedQueue<std::unique_ptr<Slot>> filled(static_cast<std::size_t>(depth));
    BoundedQueue<std::unique_ptr<Slot>> empty(static_cast<std::size_t>(depth));
    const int maxAudio = static_cast<int>((Rational(kMixSampleRate) / rate + Rational(2)).floor());
    for (int i = 0; i < depth; ++i) {
        auto slot = std::make_unique<Slot>();
        if (!slot->picture) {
            throw std::bad_alloc();
        }
        allocateCanvasFrame(*slot->picture, settings.width, settings.height);
        slot->audio.resize(std::size_t(maxAudio) * kMixChannels);
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

    // Render thread: decode + compose + mix into free slots, in frame order.
    std::exception_ptr renderError;
    std::thread renderer([&] {
        try {
            FrameRenderer frames(FrameRenderer::MissingMedia::Throw);
            frames.setAnalysisDir(request.analysisDir);
            AudioMixer mixer(AudioMixer::MissingMedia::Throw);
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
            for (std::int64_t n = 0; n < total && !cancelled(); ++n) {
                std::optional<std::unique_ptr<Slot>> slot = empty.pop();
                if (!slot) {
                    break;
                }
                Slot& s = **slot;
                const Time t = from + Rational(n) / rate;
                if (!av_frame_is_writable(s.picture.get())) {
                    // The encoder still holds it (it normally lets go once it has
                    // copied the picture): compose into a fresh one instead.
                    allocateCanvasFrame(*s.picture, settings.width, settings.height);
                }
                frames.renderInto(project, t, *s.picture);
                const std::int64_t a = firstSample + sampleIndex(Rational(n) / rate);
                const std::int64_t b = firstSample + sampleIndex(Rational(n + 1) / rate);
                s.audioFrames = static_cast<int>(b - a);
                mixer.mix(project, a + lag, s.audioFrames, s.audio.data());
                if (gain != 1.0f) {
                    for (float& v : s.audio) {
                        v *= gain;
                    }
                }
                limiter.process(s.audio.data(), s.audio.data(), s.audioFrames);
                if (!filled.push(std::move(*slot))) {
                    break;
                }
            }
        } catch (...) {
            renderError = std::current_exception();
        }
        filled.close();
    });

    // This thread: encode and mux.
    std::exception_ptr encodeError;
    std::int64_t done = 0;
    try {
        while (std::optional<std::unique_ptr<Slot>> slot = filled.pop()) {
            if (cancelled()) {
                break;
            }
            writer.writeVideo(*(*slot)->picture);
            writer.writeAudio((*slot)->audio.data(), (*slot)->audioFrames);
            meter.add((*slot)->audio.data(), (*slot)->audioFrames);
            empty.push(std::move(*slot));
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
    filled.close();
    renderer.join();
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
