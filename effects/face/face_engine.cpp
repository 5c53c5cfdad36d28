#include "face/face_engine.h"

#include "face/face_anchors.h"
#include "face/face_cache.h"
#include "face/face_effect_base.h"
#include "face/face_tracker.h"
#include "media/media_info.h"

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

struct FaceEngine::Cached {
    std::string mediaStat; // size and mtime when the identity was computed
    std::string identity;
    std::string cacheFile;
    std::string cacheStat;
    std::shared_ptr<const FaceAnalysis> analysis;
    Clock::time_point checked;
};

struct FaceEngine::Live {
    std::mutex mutex;
    std::unique_ptr<FaceTracker> tracker;
    int rotation = 0;
    double lastTime = -1;
    QSize lastSize;
    QTransform lastToFrame;
    FrameFaces lastFaces; // in source pixels
    cv::Mat gray, upright;
};

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
    return face::cacheFileFor(analysisDir, mediaIdentity(mediaPath), settings_, model_->path());
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
    live_.erase(mediaPath);
}

void FaceEngine::warnOnce(const std::string& message) {
    // Called with mutex_ held.
    if (!warned_[message]) {
        warned_[message] = true;
        qWarning("%s", message.c_str());
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
            entry->cacheFile =
                face::cacheFileFor(analysisDir, entry->identity, settings_, model_->path());
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

void FaceEngine::facesFor(const QImage& frame, const EffectContext& ctx, FrameFaces& out) {
    out.clear();
    if (const auto analysis = analysisFor(ctx.mediaPath, ctx.analysisDir)) {
        for (const Face& f : analysis->facesAt(ctx.sourceTime.toDouble())) {
            out.push_back(mapped(f, ctx.sourceToFrame));
        }
        return;
    }
    trackLive(frame, ctx, out);
}

void FaceEngine::trackLive(const QImage& frame, const EffectContext& ctx, FrameFaces& out) {
    std::shared_ptr<Live> live;
    {
        std::lock_guard lock(mutex_);
        auto& slot = live_[ctx.mediaPath];
        if (!slot) {
            slot = std::make_shared<Live>();
            try {
                slot->rotation = probeMedia(ctx.mediaPath).rotation;
            } catch (const std::exception&) {
                slot->rotation = 0; // a still or an unreadable file: as decoded
            }
        }
        live = slot;
    }
    std::lock_guard lock(live->mutex);
    try {
        if (!live->tracker) {
            live->tracker = std::make_unique<FaceTracker>(model_, settings_);
        }
    } catch (const std::exception& e) {
        std::lock_guard engineLock(mutex_);
        warnOnce(e.what());
        return;
    }
    const double t = ctx.sourceTime.toDouble();
    // Several face effects on one clip ask for the same frame: track it once. (The later
    // effects see pixels the earlier ones changed, which must not move the faces.)
    if (t != live->lastTime || frame.size() != live->lastSize ||
        ctx.sourceToFrame != live->lastToFrame) {
        if (t < live->lastTime || t > live->lastTime + 1.0) {
            live->tracker->reset(); // a seek: smoothing across it would drag the faces
        }
        const cv::Mat bgra(frame.height(), frame.width(), CV_8UC4, const_cast<uchar*>(frame.bits()),
                           size_t(frame.bytesPerLine()));
        cv::cvtColor(bgra, live->gray, cv::COLOR_BGRA2GRAY);
        // Upright for the detector: a phone clip decodes sideways.
        QTransform toSource = ctx.sourceToFrame.inverted();
        const cv::Mat* img = &live->gray;
        const int w = live->gray.cols, h = live->gray.rows;
        if (live->rotation == 90 || live->rotation == 180 || live->rotation == 270) {
            const int code = live->rotation == 90    ? cv::ROTATE_90_CLOCKWISE
                             : live->rotation == 180 ? cv::ROTATE_180
                                                     : cv::ROTATE_90_COUNTERCLOCKWISE;
            cv::rotate(live->gray, live->upright, code);
            img = &live->upright;
            QTransform frameToUpright;
            if (live->rotation == 90) {
                frameToUpright = QTransform(0, 1, -1, 0, h - 1, 0);
            } else if (live->rotation == 180) {
                frameToUpright = QTransform(-1, 0, 0, -1, w - 1, h - 1);
            } else {
                frameToUpright = QTransform(0, -1, 1, 0, 0, w - 1);
            }
            toSource = frameToUpright.inverted() * toSource;
        }
        live->lastFaces =
            live->tracker->process(img->data, img->cols, img->rows, int(img->step), t, toSource);
        live->lastTime = t;
        live->lastSize = frame.size();
        live->lastToFrame = ctx.sourceToFrame;
    }
    for (const Face& f : live->lastFaces) {
        out.push_back(mapped(f, ctx.sourceToFrame));
    }
}

} // namespace reelcut::face
