#include "face/face_engine.h"

#include "face/face_analysis.h"
#include "face/face_anchors.h"
#include "face/face_cache.h"
#include "face/face_effect_base.h"
#include "face/face_tracker.h"
#include "face/head_pose.h"
#include "media/media_info.h"
#include "media/still_image.h"
#include "util/log.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace reelcut::face {

namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kRecheck = std::chrono::seconds(1);

std::string statKey(const std::string& file) {
    const QFileInfo fi(QString::fromStdString(file));
    if (!fi.exists()) {
        return {};
    }
    return std::to_string(fi.size()) + ":" + std::to_string(fi.lastModified().toMSecsSinceEpoch());
}

} // namespace

// One trigger of one face over a video's analysis: its state in every frame, where each
// run of "on" frames starts, and the last "on" frame at or before each frame.
struct FaceEngine::TriggerTrack {
    std::shared_ptr<const FaceAnalysis> analysis; // keeps the key's pointer valid
    std::vector<bool> on;
    std::vector<std::size_t> runStart;
    std::vector<std::ptrdiff_t> lastOn; // -1: none yet
};

struct FaceEngine::Cached {
    std::string mediaStat; // size and mtime when the identity was computed
    std::string identity;
    std::string cacheFile;
    std::string cacheStat;
    std::shared_ptr<const FaceAnalysis> analysis;
    Clock::time_point checked;
};

// A still picture's faces, detected once at full size, in its pixels.
struct FaceEngine::Still {
    std::once_flag once;
    std::string stat;
    FrameFaces faces;
};

namespace {

// A live stream's trigger, kept in the stream's EffectState (per face and trigger).
struct LiveTrigger {
    std::mutex mutex;
    std::map<std::pair<std::int32_t, int>, std::pair<TriggerState, double>> states; // onset
    std::map<std::int32_t, double> browRest; // by face; 0 until seen
};

// A live stream's tracker, kept in the stream's EffectState.
struct LiveFaces {
    std::mutex mutex;
    std::unique_ptr<FaceTracker> tracker;
    double lastTime = -1;
    QSize lastSize;
    QTransform lastToFrame;
    FrameFaces lastFaces; // in source pixels
    cv::Mat gray;
};

} // namespace

FaceEngine::FaceEngine(std::string modelPath, TrackerSettings settings)
    : model_(std::make_shared<LandmarkModel>(std::move(modelPath))), settings_(settings) {}

FaceEngine::~FaceEngine() = default;

std::shared_ptr<FaceEngine> FaceEngine::fromRegistry() {
    for (const Effect* e : EffectRegistry::instance().all()) {
        if (const auto* f = dynamic_cast<const FaceEffectBase*>(e)) {
            return f->engine();
        }
    }
    return nullptr;
}

std::string FaceEngine::cacheFileFor(const std::string& mediaPath,
                                     const std::string& analysisDir) const {
    return face::cacheFileFor(analysisDir, mediaIdentity(mediaPath), settings_, model_->path(),
                              model_->cascadePath());
}

bool FaceEngine::hasAnalysis(const std::string& mediaPath, const std::string& analysisDir) const {
    try {
        return QFileInfo::exists(QString::fromStdString(cacheFileFor(mediaPath, analysisDir)));
    } catch (const std::exception&) {
        return false;
    }
}

void FaceEngine::forget(const std::string& mediaPath) {
    std::lock_guard lock(mutex_);
    std::erase_if(cached_, [&](const auto& kv) {
        return kv.first.size() >= mediaPath.size() &&
               kv.first.compare(kv.first.size() - mediaPath.size(), mediaPath.size(), mediaPath) ==
                   0;
    });
    const std::string prefix = mediaPath + "\n";
    std::erase_if(memory_, [&](const auto& kv) { return kv.first.rfind(prefix, 0) == 0; });
    std::erase_if(kinds_, [&](const auto& kv) { return kv.first.rfind(prefix, 0) == 0; });
    stills_.erase(mediaPath);
    failed_.erase(mediaPath);
}

void FaceEngine::warnOnce(const std::string& message) {
    // Called with mutex_ held.
    if (!warned_[message]) {
        warned_[message] = true;
        qCWarning(lcFace, "%s", message.c_str());
    }
}

std::shared_ptr<const FaceAnalysis> FaceEngine::analysisFor(const std::string& mediaPath,
                                                            const std::string& analysisDir) {
    if (analysisDir.empty() || mediaPath.empty()) {
        return nullptr;
    }
    std::lock_guard lock(mutex_);
    auto& entry = cached_[analysisDir + "\n" + mediaPath];
    const Clock::time_point now = Clock::now();
    if (entry && now - entry->checked < kRecheck) {
        return entry->analysis;
    }
    // Once a second: has the media or its cache changed (an analysis pass just finished,
    // the user replaced the file)? A stat is cheap; hashing the media is done only then.
    try {
        const std::string mediaStat = statKey(mediaPath);
        if (!entry || entry->mediaStat != mediaStat) {
            entry = std::make_unique<Cached>();
            entry->mediaStat = mediaStat;
            if (mediaStat.empty()) {
                entry->checked = now;
                return nullptr;
            }
            entry->identity = mediaIdentity(mediaPath);
            entry->cacheFile = face::cacheFileFor(analysisDir, entry->identity, settings_,
                                                  model_->path(), model_->cascadePath());
        }
        entry->checked = now;
        const std::string cacheStat = statKey(entry->cacheFile);
        if (cacheStat != entry->cacheStat) {
            entry->cacheStat = cacheStat;
            entry->analysis = cacheStat.empty() ? nullptr : FaceAnalysis::load(entry->cacheFile);
        }
    } catch (const std::exception& e) {
        entry->checked = now;
        entry->analysis = nullptr;
        warnOnce(e.what());
    }
    return entry->analysis;
}

std::shared_ptr<const FaceAnalysis>
FaceEngine::sharedAnalysis(const std::string& mediaPath,
                           const std::function<std::shared_ptr<const FaceAnalysis>()>& compute) {
    const std::string key = mediaPath + "\n" + statKey(mediaPath);
    for (;;) {
        std::shared_future<AnalysisPtr> other;
        std::promise<AnalysisPtr> mine;
        {
            std::lock_guard lock(mutex_);
            if (auto it = memory_.find(key); it != memory_.end()) {
                return it->second;
            }
            if (auto it = running_.find(key); it != running_.end()) {
                other = it->second;
            } else {
                running_[key] = mine.get_future().share();
            }
        }
        if (other.valid()) {
            try {
                return other.get();
            } catch (...) {
                continue; // that run failed or was cancelled: this caller runs it
            }
        }
        try {
            AnalysisPtr a = compute();
            {
                std::lock_guard lock(mutex_);
                memory_[key] = a;
                running_.erase(key);
            }
            mine.set_value(a);
            return a;
        } catch (...) {
            {
                std::lock_guard lock(mutex_);
                running_.erase(key);
            }
            mine.set_exception(std::current_exception());
            throw;
        }
    }
}

FaceEngine::AnalysisPtr FaceEngine::analyseNow(const std::string& mediaPath,
                                               const std::string& analysisDir) {
    {
        std::lock_guard lock(mutex_);
        if (failed_.count(mediaPath) != 0) {
            return nullptr;
        }
    }
    try {
        AnalysisPtr a =
            sharedAnalysis(mediaPath, [&] { return computeAnalysis(*this, mediaPath); });
        if (a && !analysisDir.empty()) {
            // Saved like `reelcut-cli analyze` does, so the next run (or export) reuses it.
            const std::string file = cacheFileFor(mediaPath, analysisDir);
            if (!QFileInfo::exists(QString::fromStdString(file)) &&
                QDir().mkpath(QString::fromStdString(analysisDir))) {
                a->save(file);
            }
        }
        return a;
    } catch (const std::exception& e) {
        std::lock_guard lock(mutex_);
        failed_.insert(mediaPath);
        warnOnce(e.what());
        return nullptr;
    }
}

bool FaceEngine::isStill(const std::string& mediaPath) {
    const std::string key = mediaPath + "\n" + statKey(mediaPath);
    {
        std::lock_guard lock(mutex_);
        if (auto it = kinds_.find(key); it != kinds_.end()) {
            return it->second;
        }
    }
    bool still = false;
    try {
        still = probeMedia(mediaPath).isStill;
    } catch (const std::exception&) {
        still = false; // unreadable: the video path reports it once
    }
    std::lock_guard lock(mutex_);
    kinds_[key] = still;
    return still;
}

const FrameFaces* FaceEngine::stillFaces(const std::string& mediaPath) {
    std::shared_ptr<Still> still;
    {
        std::lock_guard lock(mutex_);
        auto& slot = stills_[mediaPath];
        const std::string stat = statKey(mediaPath);
        if (!slot || slot->stat != stat) {
            slot = std::make_shared<Still>();
            slot->stat = stat;
        }
        still = slot;
    }
    std::call_once(still->once, [&] {
        try {
            // The picture as the renderer decodes it: its pixels are the source pixels.
            const QImage img = loadStillImage(mediaPath);
            cv::Mat gray;
            const cv::Mat bgra(img.height(), img.width(), CV_8UC4, const_cast<uchar*>(img.bits()),
                               size_t(img.bytesPerLine()));
            cv::cvtColor(bgra, gray, cv::COLOR_BGRA2GRAY);
            // Detection on at most 1280 px (a 12 MP photo would take seconds), landmarks
            // on the full picture.
            still->faces = FaceTracker::detectStill(*model_, gray.data, gray.cols, gray.rows,
                                                    int(gray.step), std::min(gray.cols, 1280));
            setHeadPoses(still->faces, gray.cols, gray.rows);
        } catch (const std::exception& e) {
            std::lock_guard lock(mutex_);
            warnOnce(e.what());
        }
    });
    return &still->faces;
}

void FaceEngine::facesFor(const QImage& frame, const EffectContext& ctx, FrameFaces& out) {
    out.clear();
    if (ctx.liveState != nullptr) {
        trackLive(frame, ctx, out);
        return;
    }
    if (ctx.mediaPath.empty()) {
        return;
    }
    if (isStill(ctx.mediaPath)) {
        for (const Face& f : *stillFaces(ctx.mediaPath)) {
            out.push_back(mapped(f, ctx.sourceToFrame));
        }
        return;
    }
    AnalysisPtr analysis = analysisFor(ctx.mediaPath, ctx.analysisDir);
    if (!analysis) {
        analysis = analyseNow(ctx.mediaPath, ctx.analysisDir);
    }
    if (analysis) {
        for (const Face& f : analysis->facesAt(ctx.sourceTime.toDouble())) {
            out.push_back(mapped(f, ctx.sourceToFrame));
        }
    }
}

void FaceEngine::trackLive(const QImage& frame, const EffectContext& ctx, FrameFaces& out) {
    LiveFaces& live = ctx.liveState->slot<LiveFaces>("face.live");
    std::lock_guard lock(live.mutex);
    try {
        if (!live.tracker) {
            live.tracker = std::make_unique<FaceTracker>(model_, settings_);
        }
    } catch (const std::exception& e) {
        std::lock_guard engineLock(mutex_);
        warnOnce(e.what());
        return;
    }
    const double t = ctx.sourceTime.toDouble();
    // Several face effects on one stream ask for the same frame: track it once. (The later
    // effects see pixels the earlier ones changed, which must not move the faces.)
    if (t != live.lastTime || frame.size() != live.lastSize ||
        ctx.sourceToFrame != live.lastToFrame) {
        if (t < live.lastTime || t > live.lastTime + 1.0) {
            live.tracker->reset(); // a jump: smoothing across it would drag the faces
        }
        const cv::Mat bgra(frame.height(), frame.width(), CV_8UC4, const_cast<uchar*>(frame.bits()),
                           size_t(frame.bytesPerLine()));
        cv::cvtColor(bgra, live.gray, cv::COLOR_BGRA2GRAY);
        live.lastFaces =
            live.tracker->process(live.gray.data, live.gray.cols, live.gray.rows,
                                  int(live.gray.step), t, ctx.sourceToFrame.inverted());
        const QSize source = ctx.sourceSize.isValid() ? ctx.sourceSize : frame.size();
        setHeadPoses(live.lastFaces, source.width(), source.height());
        live.lastTime = t;
        live.lastSize = frame.size();
        live.lastToFrame = ctx.sourceToFrame;
    }
    for (const Face& f : live.lastFaces) {
        out.push_back(mapped(f, ctx.sourceToFrame));
    }
}

TriggerMoment FaceEngine::triggerAt(const QImage& frame, const EffectContext& ctx,
                                    std::int32_t faceId, Trigger trigger) {
    TriggerMoment moment;
    if (trigger == Trigger::Always) {
        moment.on = true;
        moment.since = 0;
        return moment;
    }
    const double clipTime = ctx.clipTime.toDouble();
    auto faceValue = [&](const FrameFaces& faces, double& value) {
        for (const Face& f : faces) {
            if (f.id == faceId) {
                value = triggerValue(trigger, f);
                return true;
            }
        }
        return false;
    };
    if (ctx.liveState != nullptr) {
        // The faces of this frame (tracked once per frame, whoever asks first).
        thread_local FrameFaces faces;
        facesFor(frame, ctx, faces);
        LiveTrigger& live = ctx.liveState->slot<LiveTrigger>("face.triggers");
        std::lock_guard lock(live.mutex);
        auto it = live.states.find({faceId, int(trigger)});
        if (it == live.states.end()) {
            it = live.states
                     .emplace(std::pair{faceId, int(trigger)},
                              std::pair{TriggerState(triggerThresholds(trigger)), -1.0})
                     .first;
        }
        auto& [state, onset] = it->second;
        double value = -1;
        const bool wasOn = state.on();
        double& rest = live.browRest[faceId];
        for (const Face& f : faces) {
            if (f.id == faceId) {
                if (trigger == Trigger::BrowsUp) {
                    // The face's resting height, followed slowly while the brows are down.
                    const double h = browHeight(f);
                    rest = rest <= 0 ? h : wasOn ? rest : rest + 0.02 * (h - rest);
                }
                value = triggerValue(trigger, f, rest > 0 ? rest : kRestingBrowHeight);
            }
        }
        if (state.update(value) && !wasOn) {
            onset = clipTime;
        }
        moment.on = state.on();
        moment.since = onset > clipTime ? -1 : onset;
        return moment;
    }
    if (ctx.mediaPath.empty()) {
        return moment;
    }
    if (isStill(ctx.mediaPath)) {
        double value = -1;
        if (faceValue(*stillFaces(ctx.mediaPath), value)) {
            moment.on = TriggerState(triggerThresholds(trigger)).update(value);
            moment.since = moment.on ? 0 : -1;
        }
        return moment;
    }
    AnalysisPtr analysis = analysisFor(ctx.mediaPath, ctx.analysisDir);
    if (!analysis) {
        analysis = analyseNow(ctx.mediaPath, ctx.analysisDir);
    }
    if (!analysis || analysis->frameCount() == 0) {
        return moment;
    }
    std::shared_ptr<TriggerTrack> track;
    {
        std::lock_guard lock(mutex_);
        auto& slot = triggers_[{analysis.get(), faceId, int(trigger)}];
        if (!slot) {
            // Dropped with analyses no longer held (a file analysed again).
            std::erase_if(triggers_, [](const auto& kv) {
                return kv.second && kv.second->analysis.use_count() == 1;
            });
            slot = std::make_shared<TriggerTrack>();
            slot->analysis = analysis;
            const std::size_t n = analysis->frameCount();
            // The brows' resting height: the median over the track.
            std::vector<double> brows;
            for (std::size_t i = 0; i < n && trigger == Trigger::BrowsUp; ++i) {
                for (const Face& f : analysis->frameFaces(i)) {
                    if (f.id == faceId) {
                        brows.push_back(browHeight(f));
                    }
                }
            }
            double rest = kRestingBrowHeight;
            if (!brows.empty()) {
                std::nth_element(brows.begin(), brows.begin() + std::ptrdiff_t(brows.size() / 2),
                                 brows.end());
                rest = brows[brows.size() / 2];
            }
            std::vector<double> values(n, -1.0);
            for (std::size_t i = 0; i < n; ++i) {
                for (const Face& f : analysis->frameFaces(i)) {
                    if (f.id == faceId) {
                        values[i] = triggerValue(trigger, f, rest);
                    }
                }
            }
            slot->on = triggerStates(trigger, values);
            slot->runStart.resize(n);
            slot->lastOn.resize(n);
            for (std::size_t i = 0; i < n; ++i) {
                const bool on = slot->on[i];
                slot->runStart[i] = on && i > 0 && slot->on[i - 1] ? slot->runStart[i - 1] : i;
                slot->lastOn[i] = on ? std::ptrdiff_t(i) : i > 0 ? slot->lastOn[i - 1] : -1;
            }
        }
        track = slot;
    }
    // The frame on screen, as facesAt picks it, and the clip's first frame.
    const double t = ctx.sourceTime.toDouble();
    const double in = t - clipTime;
    const std::size_t n = analysis->frameCount();
    auto frameAt = [&](double at) -> std::ptrdiff_t {
        std::size_t lo = 0, hi = n; // first frame with time > at + slack
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (analysis->frameTime(mid) <= at + 1e-6) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return std::ptrdiff_t(lo) - 1;
    };
    const std::ptrdiff_t now = frameAt(t);
    if (now < 0) {
        return moment;
    }
    const std::ptrdiff_t first = std::max<std::ptrdiff_t>(0, frameAt(in));
    const std::ptrdiff_t last = track->lastOn[std::size_t(now)];
    moment.on = track->on[std::size_t(now)];
    if (last >= first) {
        const std::size_t start =
            std::max<std::size_t>(track->runStart[std::size_t(last)], std::size_t(first));
        moment.since = std::max(0.0, analysis->frameTime(start) - in);
    }
    return moment;
}

} // namespace reelcut::face
