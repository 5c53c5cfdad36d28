#include "face/face_tracker.h"

#include "face/one_euro_filter.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv/cv_image.h>
#include <dlib/serialize.h>
#include <fstream>
#include <numbers>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <sys/mman.h>

namespace reelcut::face {

namespace {

// dlib's shape_predictor, evaluated the same way (same features, same trees, same order of
// additions) but with the model laid out flat. dlib keeps each of the 7500 leaf vectors in
// its own heap block spread over 100 MB, and walking them cost ~4 ms per face (TLB and
// cache misses: the profile showed the leaf addition waiting on memory), not the 0.5 ms
// the arithmetic needs. Here the leaves are one block backed by huge pages, and a cascade
// level first walks all its trees, then adds the leaves with the next ones prefetched.
class FlatPredictor {
public:
    // Per-caller buffers, reused so a call allocates nothing.
    struct Scratch {
        dlib::matrix<float, 0, 1> shape;
        std::vector<float> features;
        std::vector<const float*> leaves;
    };

    void load(std::istream& in) {
        int version = 0;
        dlib::deserialize(version, in);
        if (version != 1) {
            throw dlib::serialization_error("unexpected shape_predictor version " +
                                            std::to_string(version));
        }
        std::vector<std::vector<dlib::impl::regression_tree>> forests;
        dlib::deserialize(initial_, in);
        dlib::deserialize(forests, in);
        dlib::deserialize(anchors_, in);
        dlib::deserialize(deltas_, in);
        dims_ = std::size_t(initial_.size());
        if (forests.empty() || forests[0].empty() || anchors_.size() != forests.size() ||
            deltas_.size() != forests.size()) {
            throw dlib::serialization_error("malformed shape_predictor");
        }
        depthSplits_ = forests[0][0].splits.size();
        trees_ = forests[0].size();
        for (const auto& level : forests) {
            for (const auto& tree : level) {
                if (level.size() != trees_ || tree.splits.size() != depthSplits_ ||
                    tree.leaf_values.size() != depthSplits_ + 1) {
                    throw dlib::serialization_error("shape_predictor trees of uneven shape");
                }
            }
        }
        const std::size_t leaves = forests.size() * trees_ * (depthSplits_ + 1);
        leafStride_ = (dims_ + 15) / 16 * 16; // whole cache lines per leaf
        const std::size_t bytes = leaves * leafStride_ * sizeof(float);
        constexpr std::size_t kHuge = 2u << 20;
        const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
        leafData_.reset(static_cast<float*>(std::aligned_alloc(kHuge, rounded)));
        if (!leafData_) {
            throw std::bad_alloc();
        }
        madvise(leafData_.get(), rounded, MADV_HUGEPAGE); // a hint: fine if refused
        splits_.reserve(forests.size() * trees_ * depthSplits_);
        float* leaf = leafData_.get();
        for (const auto& level : forests) {
            for (const auto& tree : level) {
                for (const auto& sp : tree.splits) {
                    splits_.push_back({std::uint32_t(sp.idx1), std::uint32_t(sp.idx2), sp.thresh});
                }
                for (const auto& v : tree.leaf_values) {
                    if (std::size_t(v.size()) != dims_) {
                        throw dlib::serialization_error("shape_predictor leaf of wrong size");
                    }
                    std::copy(v.begin(), v.end(), leaf);
                    std::fill(leaf + dims_, leaf + leafStride_, 0.0f);
                    leaf += leafStride_;
                }
            }
        }
        levels_ = forests.size();
    }

    std::size_t numParts() const { return dims_ / 2; }

    // Landmarks for the face in `rect`, in image pixels, unrounded (dlib rounds them to
    // whole pixels, which on a full-resolution frame is visible as jitter).
    template <typename Image>
    void operator()(const Image& img, const dlib::rectangle& rect, Scratch& s,
                    std::array<Point2, kLandmarkCount>& out) const {
        s.shape = initial_;
        s.leaves.resize(trees_);
        const std::size_t leafCount = depthSplits_ + 1;
        for (std::size_t level = 0; level < levels_; ++level) {
            dlib::impl::extract_feature_pixel_values(img, rect, s.shape, initial_, anchors_[level],
                                                     deltas_[level], s.features);
            const float* fv = s.features.data();
            const Split* split = splits_.data() + level * trees_ * depthSplits_;
            const float* leafBase = leafData_.get() + level * trees_ * leafCount * leafStride_;
            for (std::size_t t = 0; t < trees_; ++t, split += depthSplits_) {
                std::size_t i = 0;
                while (i < depthSplits_) {
                    const Split& sp = split[i];
                    i = fv[sp.idx1] - fv[sp.idx2] > sp.thresh ? 2 * i + 1 : 2 * i + 2;
                }
                const float* leaf = leafBase + (t * leafCount + (i - depthSplits_)) * leafStride_;
                s.leaves[t] = leaf;
                __builtin_prefetch(leaf);
            }
            float* shape = &s.shape(0);
            for (std::size_t t = 0; t < trees_; ++t) {
                if (t + 4 < trees_) {
                    const char* next = reinterpret_cast<const char*>(s.leaves[t + 4]);
                    for (std::size_t b = 0; b < leafStride_ * sizeof(float); b += 64) {
                        __builtin_prefetch(next + b);
                    }
                }
                const float* leaf = s.leaves[t];
                for (std::size_t k = 0; k < dims_; ++k) {
                    shape[k] += leaf[k];
                }
            }
        }
        const dlib::point_transform_affine toImage = dlib::impl::unnormalizing_tform(rect);
        for (int i = 0; i < kLandmarkCount; ++i) {
            const dlib::vector<double, 2> p = toImage(dlib::impl::location(s.shape, i));
            out[i] = {float(p.x()), float(p.y())};
        }
    }

private:
    struct Split {
        std::uint32_t idx1, idx2;
        float thresh;
    };
    struct Free {
        void operator()(float* p) const { std::free(p); }
    };
    dlib::matrix<float, 0, 1> initial_;
    std::vector<std::vector<unsigned long>> anchors_;
    std::vector<std::vector<dlib::vector<float, 2>>> deltas_;
    std::vector<Split> splits_;
    std::unique_ptr<float, Free> leafData_;
    std::size_t dims_ = 0, levels_ = 0, trees_ = 0, depthSplits_ = 0, leafStride_ = 0;
};

} // namespace

struct LandmarkModel::Impl {
    FlatPredictor predictor;
    dlib::frontal_face_detector detector; // prototype; detection mutates scratch, so copied
    std::string cascadeXml; // the Haar cascade's file; each tracker builds its own from it
};

LandmarkModel::LandmarkModel(std::string path, std::string cascadePath)
    : path_(path.empty() ? defaultPath() : path),
      cascadePath_(cascadePath.empty() ? defaultCascadePath() : cascadePath) {}
LandmarkModel::~LandmarkModel() = default;

std::string LandmarkModel::defaultPath() {
    if (const char* env = std::getenv("REELCUT_LANDMARK_MODEL"); env != nullptr && *env) {
        return env;
    }
    return REELCUT_DEFAULT_LANDMARK_MODEL;
}

std::string LandmarkModel::defaultCascadePath() {
    if (const char* env = std::getenv("REELCUT_FACE_CASCADE"); env != nullptr && *env) {
        return env;
    }
    return REELCUT_DEFAULT_FACE_CASCADE;
}

void LandmarkModel::ensureLoaded() const {
    std::lock_guard lock(mutex_);
    if (impl_) {
        return;
    }
    auto impl = std::make_unique<Impl>();
    try {
        std::ifstream in(path_, std::ios::binary);
        if (!in) {
            throw std::runtime_error(std::strerror(errno));
        }
        impl->predictor.load(in);
    } catch (const std::exception& e) {
        std::string why = e.what();
        while (!why.empty() && (why.back() == '\n' || why.back() == ' ')) {
            why.pop_back();
        }
        throw std::runtime_error("face landmark model " + path_ +
                                 ": cannot load (set REELCUT_LANDMARK_MODEL): " + why);
    }
    if (impl->predictor.numParts() != kLandmarkCount) {
        throw std::runtime_error("face landmark model " + path_ + ": has " +
                                 std::to_string(impl->predictor.numParts()) +
                                 " points, expected the 68-point model");
    }
    impl->detector = dlib::get_frontal_face_detector();
    {
        std::ifstream in(cascadePath_, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        impl->cascadeXml = bytes.str();
        cv::CascadeClassifier probe;
        const cv::FileStorage fs(impl->cascadeXml, cv::FileStorage::READ | cv::FileStorage::MEMORY);
        if (!in || impl->cascadeXml.empty() || !fs.isOpened() ||
            !probe.read(fs.getFirstTopLevelNode())) {
            throw std::runtime_error("face cascade " + cascadePath_ +
                                     ": cannot load (install opencv-data or set "
                                     "REELCUT_FACE_CASCADE)");
        }
    }
    impl_ = std::move(impl);
}

bool LandmarkModel::loaded() const {
    std::lock_guard lock(mutex_);
    return impl_ != nullptr;
}

const LandmarkModel::Impl& LandmarkModel::impl() const {
    ensureLoaded();
    return *impl_;
}

namespace {

using Pts = std::array<Point2, kLandmarkCount>;

struct Geometry {
    double cx = 0, cy = 0; // centroid
    double extent = 1;     // RMS distance from the centroid: scale, rotation invariant
    double roll = 0;       // radians, eye line
    double iod = 1;
};

Geometry geometry(const Pts& p) {
    Geometry g;
    for (const Point2& q : p) {
        g.cx += q.x;
        g.cy += q.y;
    }
    g.cx /= kLandmarkCount;
    g.cy /= kLandmarkCount;
    double s = 0;
    for (const Point2& q : p) {
        s += (q.x - g.cx) * (q.x - g.cx) + (q.y - g.cy) * (q.y - g.cy);
    }
    g.extent = std::max(1e-3, std::sqrt(s / kLandmarkCount));
    double lx = 0, ly = 0, rx = 0, ry = 0;
    for (int i = 36; i < 42; ++i) {
        lx += p[i].x / 6;
        ly += p[i].y / 6;
    }
    for (int i = 42; i < 48; ++i) {
        rx += p[i].x / 6;
        ry += p[i].y / 6;
    }
    g.roll = std::atan2(ry - ly, rx - lx);
    g.iod = std::max(1e-3, std::hypot(rx - lx, ry - ly));
    return g;
}

// A detector-style box as centre and side, in source pixels.
struct Box {
    double cx = 0, cy = 0, side = 0;
    double score = 0; // detector confidence
};

// A new face needs a clear detection; a known one is re-found with any. HOG's weak hits
// (a badge, a folded sleeve) would otherwise get a sticker for as long as they last.
constexpr double kNewFaceScore = 0.35;
// HOG hits down to this score are asked whether the other detector agrees (see detect()).
constexpr double kWeakHog = -0.5;

struct Track {
    std::int32_t id = 0;
    Pts raw{}; // unsmoothed, source pixels
    // How the detector's box sits relative to the landmarks, in the face's own frame and
    // in units of the landmark extent. The predictor was trained on detector boxes, so the
    // box for the next frame is rebuilt from the landmarks with this same relation.
    double offX = 0, offY = 0, sideRatio = 1;
    std::array<OneEuroFilter, 2 * kLandmarkCount> filters;
    double lastConfirmed = 0;
    int misses = 0; // consecutive frames the detector did not confirm
    bool alive = true;
    cv::Mat look;             // appearance at the last detector confirmation (see Impl::appearance)
    bool provisional = false; // new id given while partly out of the picture: checked again
};

// A face that was lost, remembered for a while so that it gets its id back when it
// returns (walks back in, the hand in front of it moves away).
struct Departed {
    std::int32_t id = 0;
    cv::Mat look;
    Box box; // where it was last seen, source pixels
    double when = 0;
};

// How long a departed face is remembered, and how alike two looks must be to be one face.
constexpr double kRememberSeconds = 20;
constexpr double kSameFace = 0.75;    // appearance correlation, 1 = identical
constexpr double kStillThere = 0.55;  // a tracked face still looks like itself
constexpr double kNearbyReturn = 1.5; // seconds: back near where it went = the same face

constexpr int kMaxMisses = 2;

Box boxFor(const Track& t) {
    const Geometry g = geometry(t.raw);
    const double c = std::cos(g.roll), s = std::sin(g.roll);
    Box b;
    b.cx = g.cx + (c * t.offX - s * t.offY) * g.extent;
    b.cy = g.cy + (s * t.offX + c * t.offY) * g.extent;
    b.side = t.sideRatio * g.extent;
    return b;
}

void calibrate(Track& t, const Box& detected) {
    const Geometry g = geometry(t.raw);
    const double c = std::cos(-g.roll), s = std::sin(-g.roll);
    const double dx = (detected.cx - g.cx) / g.extent, dy = (detected.cy - g.cy) / g.extent;
    t.offX = c * dx - s * dy;
    t.offY = s * dx + c * dy;
    t.sideRatio = detected.side / g.extent;
}

} // namespace

struct FaceTracker::Impl {
    std::shared_ptr<const LandmarkModel> model;
    const FlatPredictor* predictor = nullptr;
    mutable FlatPredictor::Scratch scratch;
    dlib::frontal_face_detector detector;
    std::vector<Track> tracks;
    std::int32_t nextId = 1;
    std::int64_t frame = 0;
    double lastTime = -1e300;
    cv::CascadeClassifier cascade;              // the second detector (see detect())
    cv::Mat small, crop, look, shrunk, upright; // scratch, reused every frame
    std::vector<dlib::rect_detection> found;
    std::vector<cv::Rect> haar;
    std::vector<Departed> departed;

    void init(const LandmarkModel::Impl& m) {
        predictor = &m.predictor;
        detector = m.detector;
        const cv::FileStorage fs(m.cascadeXml, cv::FileStorage::READ | cv::FileStorage::MEMORY);
        cascade.read(fs.getFirstTopLevelNode()); // checked when the model was loaded
    }

    // The face's appearance: a 40x40 grey patch cut out along the landmarks (eyes at fixed
    // places, so scale and roll do not matter), zero mean, unit norm. Two looks of one face
    // correlate at ~0.9; a face against the wall behind it, or another person, far less.
    void appearance(const cv::Mat& gray, const Pts& pts, const QTransform& toImage, cv::Mat& out) {
        const Geometry g = geometry(pts);
        const QPointF c = toImage.map(QPointF(g.cx, g.cy));
        const double side = 2.2 * g.iod * std::sqrt(std::abs(toImage.determinant()));
        constexpr int kSize = 40;
        const double k = kSize / std::max(1.0, side);
        const double a = -g.roll;
        cv::Matx23d m(k * std::cos(a), -k * std::sin(a), 0, k * std::sin(a), k * std::cos(a), 0);
        m(0, 2) = kSize / 2.0 - (m(0, 0) * c.x() + m(0, 1) * c.y());
        m(1, 2) = kSize / 2.0 - (m(1, 0) * c.x() + m(1, 1) * c.y());
        cv::warpAffine(gray, look, m, cv::Size(kSize, kSize),
                       k < 1 ? cv::INTER_AREA : cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        look.convertTo(out, CV_32F);
        const cv::Scalar mean = cv::mean(out);
        out -= mean;
        const double norm = cv::norm(out);
        out /= std::max(1e-6, norm);
    }
    static double likeness(const cv::Mat& a, const cv::Mat& b) {
        return a.empty() || b.empty() ? 0.0 : a.dot(b);
    }

    // The id of a new track: a departed face's when it is that face (looks alike, or is
    // back where it went moments ago), else a new one.
    // With allowNew false, 0 when it is no one seen before.
    std::int32_t reidentify(const Track& t, const Box& b, double now, bool allowNew = true) {
        int best = -1;
        double bestScore = 0;
        for (std::size_t i = 0; i < departed.size(); ++i) {
            const Departed& x = departed[i];
            const bool alive = std::any_of(tracks.begin(), tracks.end(),
                                           [&](const Track& o) { return o.id == x.id; });
            if (alive) {
                continue;
            }
            double score = likeness(t.look, x.look);
            const double near =
                std::hypot(b.cx - x.box.cx, b.cy - x.box.cy) / std::max(1.0, x.box.side);
            const double sizeRatio = b.side / std::max(1.0, x.box.side);
            if (now - x.when < kNearbyReturn && near < 0.5 && sizeRatio > 0.7 && sizeRatio < 1.4) {
                score = std::max(score, kSameFace); // hidden for a moment, back in place
            }
            if (score >= kSameFace && score > bestScore) {
                best = int(i);
                bestScore = score;
            }
        }
        if (best < 0) {
            return allowNew ? nextId++ : 0;
        }
        const std::int32_t id = departed[std::size_t(best)].id;
        departed.erase(departed.begin() + best);
        return id;
    }

    // Runs the predictor on `box` (source pixels) and returns points in source pixels.
    // The face is first cut out upright (turned by -roll, the roll its last landmarks
    // had), at one size (the box 200 px) and, when dim or flat, at a normal contrast:
    // the predictor was trained on upright faces of ordinary exposure, and compares pixel
    // differences with fixed thresholds, so a face rolled 25 degrees, a dark one, or one of
    // an unusual size otherwise walks off course, worse on some faces than on others.
    Pts predict(const cv::Mat& gray, const Box& box, double roll, const QTransform& toImage,
                const QTransform& toSource) {
        const QPointF c = toImage.map(QPointF(box.cx, box.cy));
        const double side = std::max(4.0, box.side * std::sqrt(std::abs(toImage.determinant())));
        constexpr int kSide = 200, kCrop = 2 * kSide;
        double k = kSide / side;
        // A big face is first shrunk by area averaging (which also smooths compression
        // blocks), then turned; a small one is enlarged by the turn itself.
        const cv::Mat* src = &gray;
        QPointF at = c;
        double pre = 1;
        if (k < 0.9) {
            const double half = 1.5 * side;
            cv::Rect roi(int(std::floor(c.x() - half)), int(std::floor(c.y() - half)),
                         int(std::ceil(2 * half)), int(std::ceil(2 * half)));
            roi &= cv::Rect(0, 0, gray.cols, gray.rows);
            if (roi.width > 4 && roi.height > 4) {
                cv::resize(gray(roi), shrunk, cv::Size(), k, k, cv::INTER_AREA);
                src = &shrunk;
                pre = k;
                at = QPointF((c.x() - roi.x) * k, (c.y() - roi.y) * k);
                k = 1;
            }
        }
        const double a = -roll;
        cv::Matx23d m(k * std::cos(a), -k * std::sin(a), 0, k * std::sin(a), k * std::cos(a), 0);
        m(0, 2) = kCrop / 2.0 - (m(0, 0) * at.x() + m(0, 1) * at.y());
        m(1, 2) = kCrop / 2.0 - (m(1, 0) * at.x() + m(1, 1) * at.y());
        cv::warpAffine(*src, upright, m, cv::Size(kCrop, kCrop), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        cv::Scalar mean, dev;
        cv::meanStdDev(upright(cv::Rect(kSide / 2, kSide / 2, kSide, kSide)), mean, dev);
        if (dev[0] < 40 || mean[0] < 70) {
            const double gain = std::min(4.0, 48.0 / std::max(4.0, dev[0]));
            upright.convertTo(upright, -1, gain, 118 - gain * mean[0]);
        }
        Pts out;
        const dlib::rectangle r(kSide / 2, kSide / 2, kSide / 2 + kSide - 1, kSide / 2 + kSide - 1);
        (*predictor)(dlib::cv_image<unsigned char>(upright), r, scratch, out);
        cv::Matx23d back;
        cv::invertAffineTransform(m, back);
        for (Point2& p : out) {
            const double ux = back(0, 0) * p.x + back(0, 1) * p.y + back(0, 2);
            const double uy = back(1, 0) * p.x + back(1, 1) * p.y + back(1, 2);
            // Undo the shrink: shrunk pixel centres sit at (x + 0.5) / k - 0.5.
            QPointF img(ux, uy);
            if (pre != 1) {
                img = QPointF((ux + 0.5) / pre - 0.5 + (c.x() - at.x() / pre),
                              (uy + 0.5) / pre - 0.5 + (c.y() - at.y() / pre));
            }
            const QPointF q = toSource.map(img);
            p = {float(q.x()), float(q.y())};
        }
        return out;
    }

    // Full-frame detection on the downscaled frame; boxes in source pixels.
    //
    // Two detectors, because each misses faces the other finds: dlib's HOG detector (whose
    // boxes the landmark predictor was trained on) misses a face whose mouth and cheek are
    // covered by a hand (it scores -0.2..0, under any useful threshold) and any face under
    // its 80 px window (at 360 px wide: faces under ~90 px between the eyes in a 1080 px
    // frame); OpenCV's Haar cascade finds both (its window is 20 px) but gives boxes the
    // predictor was not trained on and more false hits. So a face is new when HOG is sure
    // of it, or when both detectors agree: a weak HOG hit where the cascade also sees a
    // face, or a cascade hit that HOG confirms on a crop enlarged to its window size. Weak
    // hits of either alone are not faces (on the dlib examples' cars and dogs pictures
    // HOG alone gives hits up to 0.04, the cascade none).
    std::vector<Box> detect(const cv::Mat& gray, int detectWidth, const QTransform& toSource) {
        const double f = gray.cols > detectWidth ? double(detectWidth) / gray.cols : 1.0;
        const cv::Mat* img = &gray;
        if (f < 1.0) {
            cv::resize(gray, small, cv::Size(detectWidth, std::max(1, int(gray.rows * f))), 0, 0,
                       cv::INTER_AREA);
            img = &small;
        }
        found.clear();
        detector(dlib::cv_image<unsigned char>(*img), found, kWeakHog);
        haar.clear();
        if (!cascade.empty()) {
            cascade.detectMultiScale(*img, haar, 1.1, 3, 0, cv::Size(20, 20));
        }
        const double scale = std::sqrt(std::abs(toSource.determinant()));
        std::vector<Box> boxes;
        std::vector<bool> haarUsed(haar.size(), false);
        for (const dlib::rect_detection& d : found) {
            const dlib::rectangle& r = d.rect;
            const double cx = (r.left() + r.right()) / 2.0, cy = (r.top() + r.bottom()) / 2.0;
            const double side = (r.width() + r.height()) / 2.0;
            double score = d.detection_confidence;
            for (std::size_t i = 0; i < haar.size(); ++i) {
                if (agree(haar[i], cx, cy, side)) {
                    haarUsed[i] = true;
                    score = std::max(score, kNewFaceScore);
                }
            }
            if (score < 0) {
                continue; // a weak HOG hit alone: not even a known face is re-found by it
            }
            const QPointF c = toSource.map(QPointF(cx / f, cy / f));
            boxes.push_back({c.x(), c.y(), side / f * scale, score});
        }
        for (std::size_t i = 0; i < haar.size(); ++i) {
            if (haarUsed[i]) {
                continue;
            }
            const cv::Rect& h = haar[i];
            const QPointF c(h.x / f + h.width / f / 2.0, h.y / f + h.height / f / 2.0);
            if (std::optional<Box> b = confirmCandidate(gray, c, h.width / f)) {
                const QPointF s = toSource.map(QPointF(b->cx, b->cy));
                boxes.push_back({s.x(), s.y(), b->side * scale, b->score});
            }
        }
        return boxes;
    }

    // A cascade box and a HOG box (centre, side) on one face: the cascade's box is a little
    // larger and higher than HOG's.
    static bool agree(const cv::Rect& h, double cx, double cy, double side) {
        const double hx = h.x + h.width / 2.0, hy = h.y + h.height / 2.0;
        const double ratio = h.width / std::max(1.0, side);
        return std::hypot(hx - cx, hy - cy) < 0.35 * side && ratio > 0.7 && ratio < 1.8;
    }

    // HOG on a crop around a cascade hit (centre `c`, side `side`, image pixels), scaled so
    // that the face fills the detector's window: the box it finds there (image pixels), if
    // any, at any score above kWeakHog (two detectors agree), else nothing.
    std::optional<Box> confirmCandidate(const cv::Mat& gray, QPointF c, double side) {
        constexpr int kCrop = 160;
        const double k = 100.0 / std::max(1.0, side);
        const cv::Matx23d m(k, 0, kCrop / 2.0 - k * c.x(), 0, k, kCrop / 2.0 - k * c.y());
        cv::warpAffine(gray, crop, m, cv::Size(kCrop, kCrop),
                       k < 1 ? cv::INTER_AREA : cv::INTER_LINEAR, cv::BORDER_REPLICATE);
        std::vector<dlib::rect_detection> hits;
        detector(dlib::cv_image<unsigned char>(crop), hits, kWeakHog);
        std::optional<Box> best;
        for (const dlib::rect_detection& d : hits) {
            const dlib::rectangle& r = d.rect;
            const double cx = (r.left() + r.right()) / 2.0, cy = (r.top() + r.bottom()) / 2.0;
            const double s = (r.width() + r.height()) / 2.0;
            const cv::Rect inCrop(int(kCrop / 2.0 - 50), int(kCrop / 2.0 - 50), 100, 100);
            if (!agree(inCrop, cx, cy, s) || (best && best->score >= d.detection_confidence)) {
                continue;
            }
            best = Box{c.x() + (cx - kCrop / 2.0) / k, c.y() + (cy - kCrop / 2.0) / k, s / k,
                       std::max(kNewFaceScore, d.detection_confidence)};
        }
        return best;
    }

    // Is there still a face where the track is? The face is cut out turned upright and
    // scaled to the detector's favourite size, so a rolled or small face is still found.
    bool confirm(const cv::Mat& gray, const Track& t, const QTransform& toImage) {
        const Geometry g = geometry(t.raw);
        const Box b = boxFor(t);
        const QPointF c = toImage.map(QPointF(b.cx, b.cy));
        const double side = b.side * std::sqrt(std::abs(toImage.determinant()));
        if (side < 4) {
            return false;
        }
        // The face box becomes ~84 px in a 104 px crop: the detector's window is 80 px, so
        // only two pyramid levels fit and the check costs a quarter of a roomier crop.
        constexpr int kCrop = 104;
        const double k = 84.0 / side;
        const double a = -g.roll;
        cv::Matx23d m(k * std::cos(a), -k * std::sin(a), 0, k * std::sin(a), k * std::cos(a), 0);
        m(0, 2) = kCrop / 2.0 - (m(0, 0) * c.x() + m(0, 1) * c.y());
        m(1, 2) = kCrop / 2.0 - (m(1, 0) * c.x() + m(1, 1) * c.y());
        cv::warpAffine(gray, crop, m, cv::Size(kCrop, kCrop), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        for (const dlib::rectangle& r : detector(dlib::cv_image<unsigned char>(crop))) {
            const double dx = (r.left() + r.right()) / 2.0 - kCrop / 2.0;
            const double dy = (r.top() + r.bottom()) / 2.0 - kCrop / 2.0;
            if (std::hypot(dx, dy) < 25 && r.width() > 50 && r.width() < 130) {
                return true;
            }
        }
        return false;
    }
};

FaceTracker::FaceTracker(std::shared_ptr<const LandmarkModel> model, TrackerSettings settings)
    : impl_(std::make_unique<Impl>()), settings_(settings) {
    impl_->model = std::move(model);
    impl_->init(impl_->model->impl());
}

FaceTracker::~FaceTracker() = default;

void FaceTracker::reset() {
    impl_->tracks.clear();
    impl_->departed.clear();
    impl_->frame = 0;
    impl_->lastTime = -1e300;
    faces_.clear();
    raw_.clear();
    lost_.clear();
}

bool FaceTracker::detectsOn(std::int64_t frame) const {
    return frame % std::max(1, settings_.detectEvery) == 0;
}

std::vector<Detection> FaceTracker::detectFaces(const std::uint8_t* gray, int width, int height,
                                                int stride, const QTransform& imageToSource) {
    const cv::Mat mat(height, width, CV_8UC1, const_cast<std::uint8_t*>(gray), size_t(stride));
    std::vector<Detection> out;
    for (const Box& b : impl_->detect(mat, settings_.detectWidth, imageToSource)) {
        out.push_back({b.cx, b.cy, b.side, b.score});
    }
    return out;
}

const FrameFaces& FaceTracker::process(const std::uint8_t* gray, int width, int height, int stride,
                                       double timeSeconds, const QTransform& imageToSource,
                                       const std::vector<Detection>* detections) {
    Impl& d = *impl_;
    lost_.clear();
    renamed_.clear();
    if (timeSeconds <= d.lastTime) {
        reset(); // a seek backwards: smoothing across it would drag faces from elsewhere
    }
    d.lastTime = timeSeconds;
    const cv::Mat mat(height, width, CV_8UC1, const_cast<std::uint8_t*>(gray), size_t(stride));
    const QTransform toImage = imageToSource.inverted();
    const QRectF frameRect = imageToSource.mapRect(QRectF(0, 0, width, height));

    // Follow every known face from the box its last landmarks give.
    bool anyLost = false;
    for (Track& t : d.tracks) {
        t.raw = d.predict(mat, boxFor(t), geometry(t.raw).roll, toImage, imageToSource);
        const Geometry g = geometry(t.raw);
        const QRectF r(g.cx - g.extent, g.cy - g.extent, 2 * g.extent, 2 * g.extent);
        // Mostly out of the picture, or collapsed: the face has gone.
        const QRectF inside = r.intersected(frameRect);
        if (inside.width() * inside.height() < 0.5 * r.width() * r.height() ||
            g.iod * std::sqrt(std::abs(toImage.determinant())) < 6) {
            t.alive = false;
            anyLost = true;
        }
    }

    const bool detectNow = d.tracks.empty() || anyLost || detectsOn(d.frame);
    std::vector<bool> matched(d.tracks.size(), false);
    if (detectNow) {
        std::vector<Box> found;
        if (detections != nullptr) {
            for (const Detection& x : *detections) {
                found.push_back({x.cx, x.cy, x.side, x.score});
            }
        } else {
            found = d.detect(mat, settings_.detectWidth, imageToSource);
        }
        for (const Box& b : found) {
            int best = -1;
            double bestDist = 0.5 * b.side;
            for (std::size_t i = 0; i < d.tracks.size(); ++i) {
                const Box tb = boxFor(d.tracks[i]);
                const double dist = std::hypot(tb.cx - b.cx, tb.cy - b.cy);
                if (d.tracks[i].alive && dist < bestDist) {
                    best = int(i);
                    bestDist = dist;
                }
            }
            if (best >= 0) {
                // The look is refreshed only from a face wholly in the picture: one half
                // out (walking off the edge) would leave a smeared look to re-identify by.
                const Geometry g = geometry(d.tracks[best].raw);
                const QRectF head(g.cx - 1.6 * g.iod, g.cy - 1.6 * g.iod, 3.2 * g.iod, 3.2 * g.iod);
                if (frameRect.contains(head)) {
                    d.appearance(mat, d.tracks[best].raw, toImage, d.look);
                    d.tracks[best].look = d.look.clone();
                }
                matched[best] = true;
                d.tracks[best].lastConfirmed = timeSeconds;
                d.tracks[best].misses = 0;
                continue;
            }
            if (int(d.tracks.size()) >= settings_.maxFaces || b.score < kNewFaceScore) {
                continue;
            }
            Track t;
            t.raw = d.predict(mat, b, 0.0, toImage, imageToSource);
            calibrate(t, b);
            d.appearance(mat, t.raw, toImage, t.look);
            t.id = d.reidentify(t, b, timeSeconds);
            {
                const Geometry g = geometry(t.raw);
                const QRectF head(g.cx - 1.6 * g.iod, g.cy - 1.6 * g.iod, 3.2 * g.iod, 3.2 * g.iod);
                // Coming in over the edge: its look is incomplete, so who it is is asked
                // again once it is wholly in the picture.
                t.provisional = !frameRect.contains(head) && t.id == d.nextId - 1;
            }
            t.lastConfirmed = timeSeconds;
            for (auto& f : t.filters) {
                f = OneEuroFilter(settings_.minCutoff, settings_.beta, settings_.derivCutoff);
            }
            d.tracks.push_back(std::move(t));
            matched.push_back(true);
        }
    }
    // Every frame, each face not just seen by the full detector is checked where it is
    // (upright, at the detector's size: ~1 ms): a face that left or was covered is dropped
    // in the frame it went, instead of leaving a sticker on the background.
    for (std::size_t i = 0; i < matched.size(); ++i) {
        Track& t = d.tracks[i];
        if (matched[i] || !t.alive) {
            continue;
        }
        // Does it still look like itself? (Cheap; the detector check is the fallback for a
        // face that changed a lot, e.g. turned.)
        d.appearance(mat, t.raw, toImage, d.look);
        const bool looksSame = Impl::likeness(d.look, t.look) >= kStillThere;
        if (looksSame || d.confirm(mat, t, toImage)) {
            t.lastConfirmed = timeSeconds;
            t.misses = 0;
        } else if (++t.misses > kMaxMisses) {
            // A miss or two is motion blur or a hand passing; more is a face gone. The
            // analysis pass then also drops the frames since the last confirmation.
            t.alive = false;
        }
    }
    for (Track& t : d.tracks) {
        if (!t.provisional || !t.alive) {
            continue;
        }
        const Geometry g = geometry(t.raw);
        const QRectF head(g.cx - 1.6 * g.iod, g.cy - 1.6 * g.iod, 3.2 * g.iod, 3.2 * g.iod);
        if (!frameRect.contains(head)) {
            continue;
        }
        t.provisional = false;
        d.appearance(mat, t.raw, toImage, t.look);
        const std::int32_t id = d.reidentify(t, Box{g.cx, g.cy, 1e9, 0}, -1e9, false);
        if (id != 0) {
            renamed_.push_back({t.id, id});
            t.id = id;
        }
    }
    // Two tracks on one face (a detection that did not match its track): keep the older.
    for (std::size_t i = 0; i < d.tracks.size(); ++i) {
        for (std::size_t j = i + 1; j < d.tracks.size(); ++j) {
            const Geometry a = geometry(d.tracks[i].raw), b = geometry(d.tracks[j].raw);
            if (d.tracks[i].alive && d.tracks[j].alive &&
                std::hypot(a.cx - b.cx, a.cy - b.cy) < 0.5 * std::min(a.extent, b.extent)) {
                d.tracks[j].alive = false;
            }
        }
    }
    std::erase_if(d.tracks, [&](const Track& t) {
        if (!t.alive) {
            lost_.push_back({t.id, t.lastConfirmed});
            d.departed.push_back({t.id, t.look, boxFor(t), timeSeconds});
        }
        return !t.alive;
    });
    std::erase_if(d.departed,
                  [&](const Departed& x) { return timeSeconds - x.when > kRememberSeconds; });

    faces_.resize(d.tracks.size());
    raw_.resize(d.tracks.size());
    for (std::size_t i = 0; i < d.tracks.size(); ++i) {
        Track& t = d.tracks[i];
        raw_[i].id = t.id;
        raw_[i].points = t.raw;
        const double iod = geometry(t.raw).iod;
        Face& f = faces_[i];
        f.id = t.id;
        for (int p = 0; p < kLandmarkCount; ++p) {
            f.points[p].x = float(t.filters[2 * p].filter(t.raw[p].x, timeSeconds, iod));
            f.points[p].y = float(t.filters[2 * p + 1].filter(t.raw[p].y, timeSeconds, iod));
        }
    }
    ++d.frame;
    return faces_;
}

FrameFaces FaceTracker::detectStill(const LandmarkModel& model, const std::uint8_t* gray, int width,
                                    int height, int stride, int detectWidth) {
    const LandmarkModel::Impl& m = model.impl();
    const cv::Mat mat(height, width, CV_8UC1, const_cast<std::uint8_t*>(gray), size_t(stride));
    Impl d;
    d.init(m);
    std::vector<Box> boxes = d.detect(mat, detectWidth > 0 ? detectWidth : width, QTransform());
    std::erase_if(boxes, [](const Box& b) { return b.score < kNewFaceScore; });
    std::sort(boxes.begin(), boxes.end(), [](const Box& a, const Box& b) { return a.cx < b.cx; });
    FrameFaces faces;
    for (const Box& b : boxes) {
        Face f;
        f.id = std::int32_t(faces.size() + 1);
        f.points = d.predict(mat, b, 0.0, QTransform(), QTransform());
        faces.push_back(f);
    }
    return faces;
}

} // namespace reelcut::face
