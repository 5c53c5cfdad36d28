#include "face/face_analysis.h"

#include "face/face_cache.h"
#include "face/face_engine.h"
#include "face/face_tracker.h"
#include "media/ffmpeg_ptr.h"
#include "media/media_error.h"
#include "media/video_decoder.h"
#include "util/bounded_queue.h"

#include <QDir>
#include <chrono>
#include <cstring>
#include <exception>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <set>
#include <thread>

extern "C" {
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace reelcut::face {

namespace {

struct LumaFrame {
    cv::Mat gray; // upright (display orientation)
    double time = 0;
    bool detected = false; // full-frame detection done on the decoding thread
    std::vector<Detection> detections;
};

// The luma plane of a decoded frame, upright. 8-bit YUV gives it for free (plane 0);
// anything else goes through swscale to GRAY8. The detector needs the face upright, the
// predictor is run on full resolution for precision.
class LumaExtractor {
public:
    void extract(const AVFrame& f, int rotation, cv::Mat& out) {
        const auto* d = av_pix_fmt_desc_get(AVPixelFormat(f.format));
        const bool direct = d != nullptr && !(d->flags & AV_PIX_FMT_FLAG_RGB) &&
                            !(d->flags & AV_PIX_FMT_FLAG_PAL) && d->nb_components >= 1 &&
                            d->comp[0].plane == 0 && d->comp[0].depth == 8 &&
                            d->comp[0].step == 1 && d->comp[0].offset == 0;
        cv::Mat& coded = rotation == 0 ? out : coded_;
        coded.create(f.height, f.width, CV_8UC1);
        if (direct) {
            const cv::Mat plane(f.height, f.width, CV_8UC1, f.data[0], size_t(f.linesize[0]));
            plane.copyTo(coded);
        } else {
            ctx_.reset(sws_getCachedContext(
                ctx_.release(), f.width, f.height, AVPixelFormat(f.format), f.width, f.height,
                AV_PIX_FMT_GRAY8, SWS_BILINEAR, nullptr, nullptr, nullptr));
            if (!ctx_) {
                throw std::runtime_error("cannot convert frames to grey for face analysis");
            }
            std::uint8_t* dst[4] = {coded.data, nullptr, nullptr, nullptr};
            int dstStride[4] = {int(coded.step), 0, 0, 0};
            sws_scale(ctx_.get(), f.data, f.linesize, 0, f.height, dst, dstStride);
        }
        if (rotation == 90) {
            cv::rotate(coded, out, cv::ROTATE_90_CLOCKWISE);
        } else if (rotation == 180) {
            cv::rotate(coded, out, cv::ROTATE_180);
        } else if (rotation == 270) {
            cv::rotate(coded, out, cv::ROTATE_90_COUNTERCLOCKWISE);
        }
    }

private:
    ff::SwsPtr ctx_;
    cv::Mat coded_;
};

// Upright image pixels to coded source pixels.
QTransform uprightToSource(int rotation, int codedW, int codedH) {
    QTransform codedToUpright;
    if (rotation == 90) {
        codedToUpright = QTransform(0, 1, -1, 0, codedH - 1, 0);
    } else if (rotation == 180) {
        codedToUpright = QTransform(-1, 0, 0, -1, codedW - 1, codedH - 1);
    } else if (rotation == 270) {
        codedToUpright = QTransform(0, -1, 1, 0, 0, codedW - 1);
    }
    return codedToUpright.inverted();
}

} // namespace

bool isFaceEffect(const std::string& type) {
    return type.rfind("face.", 0) == 0;
}

std::vector<std::string> mediaForFaceAnalysis(const Project& project, bool allVideo) {
    std::vector<std::string> out;
    std::set<std::string> seen;
    for (const Track& track : project.tracks) {
        if (!track.hasPicture()) {
            continue;
        }
        for (const Clip& clip : track.clips) {
            const bool wanted = allVideo || std::any_of(clip.effects.begin(), clip.effects.end(),
                                                        [](const EffectInstance& e) {
                                                            return isFaceEffect(e.type);
                                                        });
            if (wanted && seen.insert(clip.media).second) {
                out.push_back(clip.media);
            }
        }
    }
    return out;
}

std::shared_ptr<FaceAnalysis> computeAnalysis(FaceEngine& engine, const std::string& media,
                                              const AnalysisProgressFn& progress,
                                              const std::atomic<bool>* cancel,
                                              std::size_t mediaIndex, std::size_t mediaCount) {
    const auto started = std::chrono::steady_clock::now();
    engine.model()->ensureLoaded(); // fail early with the model's path, not mid-file
    VideoDecoder decoder(media);
    // Decoded with the in-loop deblocking filter: skipping it saved a fifth of the time but
    // left block edges that moved landmarks on strongly compressed clips (size CV 3.1% with
    // it, 3.4% without, on the Grace Hopper clip of bench/face_bench.sh). // deblocking is a third
    // of decode; landmarks don't need it
    const MediaInfo& info = decoder.info();
    if (!info.hasVideo || info.isStill) {
        throw MediaError(media, "face analysis", "no video stream");
    }
    const FrameRate rate = info.frameRate.toDouble() > 0 ? info.frameRate : FrameRate(30);
    const std::int64_t total = std::max<std::int64_t>(
        1, std::int64_t(std::ceil(info.duration.toDouble() * rate.toDouble())));
    const int rotation = info.rotation;

    // Two threads: decoding (itself frame-threaded by FFmpeg) and luma extraction on one,
    // tracking on the other. Frames travel in a fixed pool: no allocation per frame.
    constexpr std::size_t kPool = 6;
    BoundedQueue<std::unique_ptr<LumaFrame>> filled(kPool), empty(kPool);
    for (std::size_t i = 0; i < kPool; ++i) {
        empty.push(std::make_unique<LumaFrame>());
    }
    std::exception_ptr decodeError;
    std::atomic<bool> stop{false};
    const QTransform toSource = uprightToSource(rotation, info.codedWidth, info.codedHeight);
    std::thread decodeThread([&] {
        try {
            // The periodic full-frame detection does not depend on tracking state, so it
            // runs here, beside decoding, and the tracking thread only follows faces.
            FaceTracker detector(engine.model(), engine.settings());
            std::int64_t index = 0;
            LumaExtractor luma;
            bool haveLast = false;
            Time last;
            for (std::int64_t k = 0; k < total * 2 && !stop; ++k) {
                const Time t = Time(k) / rate;
                if (t >= info.duration && k > 0) {
                    break;
                }
                const AVFrame& f = decoder.frameAt(t);
                const Time shown = decoder.lastFrameTime();
                if (haveLast && shown <= last) {
                    continue; // a variable-rate source holding a frame: analysed already
                }
                haveLast = true;
                last = shown;
                auto slot = empty.pop();
                if (!slot) {
                    break;
                }
                LumaFrame& item = **slot;
                luma.extract(f, rotation, item.gray);
                item.time = shown.toDouble();
                item.detected = detector.detectsOn(index++);
                if (item.detected) {
                    item.detections =
                        detector.detectFaces(item.gray.data, item.gray.cols, item.gray.rows,
                                             int(item.gray.step), toSource);
                }
                if (!filled.push(std::move(*slot))) {
                    break;
                }
            }
        } catch (...) {
            decodeError = std::current_exception();
        }
        filled.close();
    });

    auto result = std::make_shared<FaceAnalysis>();
    FaceAnalysis& analysis = *result;
    std::exception_ptr trackError;
    bool cancelled = false;
    try {
        FaceTracker tracker(engine.model(), engine.settings());
        while (auto item = filled.pop()) {
            if (cancel != nullptr && cancel->load()) {
                cancelled = true;
                break;
            }
            const LumaFrame& fr = **item;
            tracker.process(fr.gray.data, fr.gray.cols, fr.gray.rows, int(fr.gray.step), fr.time,
                            toSource, fr.detected ? &fr.detections : nullptr);
            const FrameFaces& faces = tracker.rawFaces(); // smoothed below, both ways
            analysis.addFrame(fr.time, faces);
            for (const auto& [from, to] : tracker.renamed()) {
                analysis.renameTrack(from, to);
            }
            for (const LostTrack& l : tracker.lost()) {
                // It was only predicted since the detector last saw it: those frames
                // showed something that was no longer a face.
                analysis.dropTrackAfter(l.id, l.lastConfirmedTime);
            }
            empty.push(std::move(*item));
            const std::int64_t done = std::int64_t(analysis.frameCount());
            if (progress && (done % 10 == 0)) {
                const double secs =
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started)
                        .count();
                progress({mediaIndex, mediaCount, media, done, std::max(total, done),
                          secs > 0 ? done / secs : 0});
            }
        }
    } catch (...) {
        trackError = std::current_exception();
    }
    stop = true;
    empty.close();
    filled.close();
    decodeThread.join();
    if (trackError) {
        std::rethrow_exception(trackError);
    }
    if (decodeError) {
        std::rethrow_exception(decodeError);
    }
    if (cancelled) {
        throw AnalysisCancelled();
    }
    analysis.smoothTracks(engine.settings());
    analysis.estimatePoses(info.codedWidth, info.codedHeight);
    if (progress) {
        const double secs =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const auto n = std::int64_t(analysis.frameCount());
        progress({mediaIndex, mediaCount, media, n, n, secs > 0 ? n / secs : 0});
    }
    return result;
}

MediaAnalysis analyzeMedia(FaceEngine& engine, const std::string& media,
                           const std::string& analysisDir, bool force,
                           const AnalysisProgressFn& progress, const std::atomic<bool>* cancel,
                           std::size_t mediaIndex, std::size_t mediaCount) {
    const auto started = std::chrono::steady_clock::now();
    MediaAnalysis result;
    result.media = media;
    if (analysisDir.empty()) {
        throw std::runtime_error("face analysis: no cache folder (save the project first)");
    }
    result.cacheFile = engine.cacheFileFor(media, analysisDir);
    if (!force) {
        try {
            if (auto cached = FaceAnalysis::load(result.cacheFile)) {
                result.reused = true;
                result.frames = std::int64_t(cached->frameCount());
                std::set<int> ids;
                for (std::size_t i = 0; i < cached->frameCount(); ++i) {
                    result.framesWithFaces += cached->frameFaces(i).empty() ? 0 : 1;
                    for (const Face& f : cached->frameFaces(i)) {
                        ids.insert(f.id);
                    }
                }
                result.faceIds = int(ids.size());
                return result;
            }
        } catch (const std::exception&) {
            // A damaged cache is simply recomputed.
        }
    }
    if (force) {
        engine.forget(media);
    }
    // A run that a renderer started on this file is waited for, not repeated.
    const std::shared_ptr<const FaceAnalysis> analysis = engine.sharedAnalysis(media, [&] {
        return computeAnalysis(engine, media, progress, cancel, mediaIndex, mediaCount);
    });
    // The cache folder is made only now, when there is something to keep: a failed
    // analysis leaves no empty folder behind.
    const QString folder = QString::fromStdString(analysisDir);
    const bool madeFolder = !QDir(folder).exists();
    if (!QDir().mkpath(folder)) {
        throw std::runtime_error("face analysis: cannot create " + analysisDir);
    }
    try {
        analysis->save(result.cacheFile);
    } catch (...) {
        if (madeFolder) {
            QDir().rmdir(folder); // only if still empty
        }
        throw;
    }
    std::set<int> ids;
    result.frames = std::int64_t(analysis->frameCount());
    for (std::size_t i = 0; i < analysis->frameCount(); ++i) {
        result.framesWithFaces += analysis->frameFaces(i).empty() ? 0 : 1;
        for (const Face& f : analysis->frameFaces(i)) {
            ids.insert(f.id);
        }
    }
    result.faceIds = int(ids.size());
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return result;
}

std::vector<MediaAnalysis> analyzeProject(FaceEngine& engine, const Project& project,
                                          const std::string& analysisDir, bool force,
                                          const AnalysisProgressFn& progress,
                                          const std::atomic<bool>* cancel) {
    const std::vector<std::string> media = mediaForFaceAnalysis(project);
    std::vector<MediaAnalysis> out;
    for (std::size_t i = 0; i < media.size(); ++i) {
        // Stills have no frames to track; live tracking handles them.
        const MediaInfo info = probeMedia(media[i]);
        if (info.isStill || !info.hasVideo) {
            continue;
        }
        out.push_back(
            analyzeMedia(engine, media[i], analysisDir, force, progress, cancel, i, media.size()));
    }
    return out;
}

} // namespace reelcut::face
