#include "face/face_cache.h"

#include "analysis/analysis_store.h"
#include "face/head_pose.h"
#include "face/one_euro_filter.h"
#include "model/builtin_assets.h"
#include "model/project_file.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <stdexcept>

namespace reelcut::face {

namespace {

// 02: the head pose (yaw, pitch, roll) after the points of each face.
constexpr char kMagic[8] = {'R', 'C', 'F', 'A', 'C', 'E', '0', '2'};
constexpr double kTimeSlack = 1e-6; // source times are exact rationals; doubles round

} // namespace

void FaceAnalysis::addFrame(double timeSeconds, std::span<const Face> faces) {
    times_.push_back(timeSeconds);
    faces_.insert(faces_.end(), faces.begin(), faces.end());
    first_.push_back(std::uint32_t(faces_.size()));
}

void FaceAnalysis::dropTrackAfter(std::int32_t id, double after) {
    std::vector<Face> kept;
    kept.reserve(faces_.size());
    std::vector<std::uint32_t> first{0};
    for (std::size_t i = 0; i < times_.size(); ++i) {
        for (std::uint32_t k = first_[i]; k < first_[i + 1]; ++k) {
            if (faces_[k].id != id || times_[i] <= after) {
                kept.push_back(faces_[k]);
            }
        }
        first.push_back(std::uint32_t(kept.size()));
    }
    faces_ = std::move(kept);
    first_ = std::move(first);
}

void FaceAnalysis::renameTrack(std::int32_t from, std::int32_t to) {
    for (Face& f : faces_) {
        if (f.id == from) {
            f.id = to;
        }
    }
}

std::vector<std::vector<std::pair<double, Face*>>> FaceAnalysis::runs() {
    // Runs of frames in which one id is seen without a break. A face that left and came
    // back keeps its id but is smoothed as a new run: nothing is blended across the gap.
    std::map<std::int32_t, std::size_t> lastFrame;
    std::map<std::int32_t, std::size_t> openRun;
    std::vector<std::vector<std::pair<double, Face*>>> runs;
    for (std::size_t i = 0; i < times_.size(); ++i) {
        for (std::uint32_t k = first_[i]; k < first_[i + 1]; ++k) {
            const std::int32_t id = faces_[k].id;
            const auto last = lastFrame.find(id);
            if (last == lastFrame.end() || last->second + 1 != i) {
                openRun[id] = runs.size();
                runs.emplace_back();
            }
            lastFrame[id] = i;
            runs[openRun[id]].push_back({times_[i], &faces_[k]});
        }
    }
    return runs;
}

void FaceAnalysis::estimatePoses(int width, int height) {
    for (auto& run : runs()) {
        for (auto& entry : run) {
            setHeadPoses(std::span<Face>(entry.second, 1), width, height);
        }
        // The points are smoothed already; the angles get the same forward-backward One
        // Euro pass, lightly (degrees: 1.5 Hz at rest, 0.02 per degree/s).
        for (float Face::*angle : {&Face::yaw, &Face::pitch, &Face::roll}) {
            OneEuroFilter fwd(1.5, 0.02, 1.0), bwd(1.5, 0.02, 1.0);
            std::vector<double> forward(run.size());
            for (std::size_t j = 0; j < run.size(); ++j) {
                forward[j] = fwd.filter(run[j].second->*angle, run[j].first);
            }
            for (std::size_t j = run.size(); j-- > 0;) {
                const double b = bwd.filter(run[j].second->*angle, -run[j].first);
                run[j].second->*angle = float((forward[j] + b) / 2);
            }
        }
    }
}

void FaceAnalysis::smoothTracks(const TrackerSettings& s) {
    auto runs = this->runs();
    std::vector<Point2> forward;
    for (auto& run : runs) {
        const std::size_t n = run.size();
        forward.assign(n * kLandmarkCount, {});
        std::vector<double> iod(n);
        for (std::size_t j = 0; j < n; ++j) {
            const auto& p = run[j].second->points;
            double lx = 0, ly = 0, rx = 0, ry = 0;
            for (int i = 0; i < 6; ++i) {
                lx += p[36 + i].x / 6.0;
                ly += p[36 + i].y / 6.0;
                rx += p[42 + i].x / 6.0;
                ry += p[42 + i].y / 6.0;
            }
            iod[j] = std::max(1.0, std::hypot(rx - lx, ry - ly));
        }
        for (int i = 0; i < kLandmarkCount; ++i) {
            OneEuroFilter fx(s.minCutoff, s.beta, s.derivCutoff);
            OneEuroFilter fy(s.minCutoff, s.beta, s.derivCutoff);
            for (std::size_t j = 0; j < n; ++j) {
                const Point2& p = run[j].second->points[i];
                forward[j * kLandmarkCount + i] = {float(fx.filter(p.x, run[j].first, iod[j])),
                                                   float(fy.filter(p.y, run[j].first, iod[j]))};
            }
            OneEuroFilter bx(s.minCutoff, s.beta, s.derivCutoff);
            OneEuroFilter by(s.minCutoff, s.beta, s.derivCutoff);
            for (std::size_t j = n; j-- > 0;) {
                Point2& p = run[j].second->points[i];
                const double b1 = bx.filter(p.x, -run[j].first, iod[j]);
                const double b2 = by.filter(p.y, -run[j].first, iod[j]);
                const Point2& f = forward[j * kLandmarkCount + i];
                p = {float((f.x + b1) / 2), float((f.y + b2) / 2)};
            }
        }
    }
}

std::span<const Face> FaceAnalysis::frameFaces(std::size_t i) const {
    return std::span<const Face>(faces_.data() + first_[i], first_[i + 1] - first_[i]);
}

std::span<const Face> FaceAnalysis::facesAt(double t) const {
    if (times_.empty()) {
        return {};
    }
    const auto it = std::upper_bound(times_.begin(), times_.end(), t + kTimeSlack);
    if (it == times_.begin()) {
        return {};
    }
    const std::size_t i = std::size_t(it - times_.begin()) - 1;
    if (i + 1 == times_.size() && times_.size() > 1) {
        // Past the last frame by more than a frame: the decoder holds the last picture,
        // and so do we, but only for a frame's length.
        const double step = times_[i] - times_[i - 1];
        if (t > times_[i] + 2 * step) {
            return {};
        }
    }
    return frameFaces(i);
}

void FaceAnalysis::save(const std::string& file) const {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    out.writeRawData(kMagic, sizeof kMagic);
    out << quint32(kLandmarkCount) << quint64(times_.size()) << quint64(faces_.size());
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    for (double t : times_) {
        out << t;
    }
    for (std::uint32_t f : first_) {
        out << quint32(f);
    }
    out.setFloatingPointPrecision(QDataStream::SinglePrecision);
    for (const Face& f : faces_) {
        out << qint32(f.id);
        for (const Point2& p : f.points) {
            out << p.x << p.y;
        }
        out << f.yaw << f.pitch << f.roll;
    }
    writeFileAtomically(file, bytes);
}

std::shared_ptr<const FaceAnalysis> FaceAnalysis::load(const std::string& file) {
    QFile in(QString::fromStdString(file));
    if (!in.exists()) {
        return nullptr;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("face analysis " + file + ": " + in.errorString().toStdString());
    }
    const QByteArray bytes = in.readAll();
    QDataStream s(bytes);
    s.setByteOrder(QDataStream::LittleEndian);
    auto fail = [&](const char* why) {
        return std::runtime_error("face analysis " + file + ": damaged (" + why +
                                  "); run 'reelcut-cli analyze --force'");
    };
    char magic[sizeof kMagic];
    if (s.readRawData(magic, sizeof magic) != int(sizeof magic) ||
        std::memcmp(magic, kMagic, sizeof magic) != 0) {
        throw fail("not a ReelCut face analysis");
    }
    quint32 points = 0;
    quint64 frames = 0, faces = 0;
    s >> points >> frames >> faces;
    const quint64 need = frames * 8 + (frames + 1) * 4 + faces * (4 + kLandmarkCount * 8 + 12);
    if (points != kLandmarkCount || s.status() != QDataStream::Ok ||
        quint64(bytes.size()) < 28 + need) {
        throw fail("truncated");
    }
    auto a = std::make_shared<FaceAnalysis>();
    a->times_.resize(frames);
    a->first_.resize(frames + 1);
    a->faces_.resize(faces);
    s.setFloatingPointPrecision(QDataStream::DoublePrecision);
    for (double& t : a->times_) {
        s >> t;
    }
    for (std::uint32_t& f : a->first_) {
        quint32 v = 0;
        s >> v;
        f = v;
    }
    s.setFloatingPointPrecision(QDataStream::SinglePrecision);
    for (Face& f : a->faces_) {
        qint32 id = 0;
        s >> id;
        f.id = id;
        for (Point2& p : f.points) {
            s >> p.x >> p.y;
        }
        s >> f.yaw >> f.pitch >> f.roll;
    }
    if (s.status() != QDataStream::Ok || a->first_.front() != 0 || a->first_.back() != faces ||
        !std::is_sorted(a->first_.begin(), a->first_.end())) {
        throw fail("inconsistent index");
    }
    return a;
}

std::string mediaIdentity(const std::string& mediaPath) {
    // The same fingerprint as every other per-media analysis (beats, activity).
    return mediaContentId(resolveMediaPath(mediaPath));
}

std::string cacheFileFor(const std::string& analysisDir, const std::string& identity,
                         const TrackerSettings& s, const std::string& modelPath,
                         const std::string& cascadePath) {
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QByteArray::fromStdString(identity));
    // The model counts by name and size: a different predictor gives different points.
    const QFileInfo model(QString::fromStdString(modelPath));
    const QFileInfo cascade(QString::fromStdString(cascadePath));
    // v2: the second detector (the Haar cascade, counted by name and size like the model).
    // v3: the head pose is stored with each face.
    h.addData(QStringLiteral("|%1|%2|%3|%4|%5|%6|%7|%8|v3|%9|%10")
                  .arg(model.fileName())
                  .arg(model.size())
                  .arg(s.detectWidth)
                  .arg(s.detectEvery)
                  .arg(s.minCutoff)
                  .arg(s.beta)
                  .arg(s.derivCutoff)
                  .arg(s.maxFaces)
                  .arg(cascade.fileName())
                  .arg(cascadePath.empty() ? 0 : cascade.size())
                  .toUtf8());
    return analysisDir + "/faces-" + h.result().toHex().left(24).toStdString() + ".rcface";
}

} // namespace reelcut::face
