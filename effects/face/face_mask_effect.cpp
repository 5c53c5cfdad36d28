#include "face/face_mask_effect.h"

#include "face/face_anchors.h"
#include "face/face_mask_layout.h"
#include "media/still_image.h"
#include "model/builtin_assets.h"

#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <opencv2/imgproc.hpp>

// The resource initialiser lives in a static library; referencing it keeps it linked.
static void initFaceMaskResources() {
    Q_INIT_RESOURCE(face_masks);
}

namespace reelcut::face {

namespace {

const EffectDescriptor& maskDescriptor() {
    static const EffectDescriptor d = [] {
        EffectDescriptor e{"face.mask",
                           QT_TRANSLATE_NOOP("Effect", "Face mask"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Face"),
                           {
                               {"look",
                                QT_TRANSLATE_NOOP("Effect", "Look"),
                                ParamType::Choice,
                                0,
                                2,
                                0,
                                false,
                                {{"makeup", QT_TRANSLATE_NOOP("Effect", "Make-up")},
                                 {"tiger", QT_TRANSLATE_NOOP("Effect", "Tiger face paint")},
                                 {"skull", QT_TRANSLATE_NOOP("Effect", "Skull mask")}}},
                               // A picture painted in the layout of resources/effects/face-masks.
                               {"file", QT_TRANSLATE_NOOP("Effect", "Own mask picture"),
                                ParamType::File, 0, 1, 0, false},
                               {"blend",
                                QT_TRANSLATE_NOOP("Effect", "Blend"),
                                ParamType::Choice,
                                0,
                                2,
                                0,
                                false,
                                {{"normal", QT_TRANSLATE_NOOP("Effect", "Normal")},
                                 {"soft-light", QT_TRANSLATE_NOOP("Effect", "Soft light")},
                                 {"multiply", QT_TRANSLATE_NOOP("Effect", "Multiply")}}},
                               {"strength", QT_TRANSLATE_NOOP("Effect", "Strength"),
                                ParamType::Number, 0, 1, 1, true},
                               faceChoiceParam(),
                           }};
        e.params[1].fileSuffix = "png webp jpg jpeg";
        return e;
    }();
    return d;
}

// The forehead of a face as the layout has it: an arc over the outer brow ends.
void foreheadArc(const Face& f, const FaceFrame& fr, std::array<QPointF, kMaskPoints>& out) {
    const QPointF l(f.points[17].x, f.points[17].y), r(f.points[26].x, f.points[26].y);
    const QPointF c = (l + r) / 2;
    for (int i = 1; i <= kMaskForeheadPoints; ++i) {
        const double a = std::numbers::pi * i / (kMaskForeheadPoints + 1);
        out[std::size_t(67 + i)] =
            c + (r - c) * std::cos(a) + fr.up * (kForeheadLift * fr.eyeDistance * std::sin(a));
    }
}

double softLight(double b, double c) {
    if (c <= 0.5) {
        return b - (1 - 2 * c) * b * (1 - b);
    }
    const double d = b <= 0.25 ? ((16 * b - 12) * b + 4) * b : std::sqrt(b);
    return b + (2 * c - 1) * (d - b);
}

} // namespace

const EffectDescriptor& FaceMaskEffect::descriptor() const {
    return maskDescriptor();
}

QImage FaceMaskEffect::texture(const std::string& look, const std::string& file) const {
    const std::string key = file.empty() ? ":/reelcut/masks/face/" + look + ".png" : file;
    std::string stat;
    if (!file.empty()) {
        const QFileInfo fi(QString::fromStdString(resolveMediaPath(file).string()));
        stat =
            std::to_string(fi.size()) + ":" + std::to_string(fi.lastModified().toMSecsSinceEpoch());
    }
    {
        std::lock_guard lock(mutex_);
        const auto it = textures_.find(key);
        if (it != textures_.end() && it->second.first == stat) {
            return it->second.second;
        }
    }
    QImage img;
    if (file.empty()) {
        static const bool resources = [] {
            initFaceMaskResources();
            return true;
        }();
        (void)resources;
        img = QImage(QString::fromStdString(key));
    } else {
        img = loadStillImage(file); // throws MediaError naming the file
    }
    img = img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (!img.isNull() && img.size() != QSize(kMaskWidth, kMaskHeight)) {
        img = img.scaled(kMaskWidth, kMaskHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    std::lock_guard lock(mutex_);
    textures_[key] = {stat, img};
    return img;
}

void FaceMaskEffect::apply(QImage& frame, const ParamValues& params,
                           const EffectContext& ctx) const {
    const EffectDescriptor& d = maskDescriptor();
    const double strength = std::clamp(paramValue(d, params, "strength"), 0.0, 1.0);
    if (strength <= 0) {
        return;
    }
    const QImage tex = texture(paramText(d, params, "look"), paramText(d, params, "file"));
    if (tex.isNull()) {
        return;
    }
    const FrameFaces& found = faces(frame, params, ctx);
    if (found.empty()) {
        return;
    }
    const int blend = int(std::lround(paramValue(d, params, "blend")));
    const cv::Mat texMat(tex.height(), tex.width(), CV_8UC4, const_cast<uchar*>(tex.constBits()),
                         size_t(tex.bytesPerLine()));
    cv::Mat img(frame.height(), frame.width(), CV_8UC4, frame.bits(), size_t(frame.bytesPerLine()));
    const auto& layout = maskLayoutPoints();
    thread_local cv::Mat layer, patch, mask; // scratch, reused
    for (const Face& f : found) {
        const FaceFrame fr = faceFrame(f);
        if (fr.eyeDistance < 4) {
            continue;
        }
        std::array<QPointF, kMaskPoints> pts{};
        for (std::size_t i = 0; i < 68; ++i) {
            pts[i] = QPointF(f.points[i].x, f.points[i].y);
        }
        foreheadArc(f, fr, pts);
        double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
        for (const QPointF& p : pts) {
            x0 = std::min(x0, p.x());
            y0 = std::min(y0, p.y());
            x1 = std::max(x1, p.x());
            y1 = std::max(y1, p.y());
        }
        const cv::Rect box = cv::Rect(cv::Point(int(std::floor(x0)), int(std::floor(y0))),
                                      cv::Point(int(std::ceil(x1)) + 1, int(std::ceil(y1)) + 1)) &
                             cv::Rect(0, 0, img.cols, img.rows);
        if (box.area() <= 0) {
            continue;
        }
        layer.create(box.size(), CV_8UC4);
        layer.setTo(cv::Scalar::all(0));
        for (const auto& t : maskTriangles()) {
            cv::Point2f src[3], dst[3];
            std::vector<cv::Point> poly(3);
            for (int k = 0; k < 3; ++k) {
                const QPointF s = layout[std::size_t(t[std::size_t(k)])];
                const QPointF q = pts[std::size_t(t[std::size_t(k)])];
                src[k] = cv::Point2f(float(s.x()), float(s.y()));
                dst[k] = cv::Point2f(float(q.x() - box.x), float(q.y() - box.y));
            }
            const cv::Rect r = cv::boundingRect(std::vector<cv::Point2f>(dst, dst + 3)) &
                               cv::Rect(0, 0, box.width, box.height);
            if (r.area() <= 0) {
                continue;
            }
            for (int k = 0; k < 3; ++k) {
                poly[std::size_t(k)] =
                    cv::Point(int(std::lround(dst[k].x - r.x)), int(std::lround(dst[k].y - r.y)));
                dst[k] -= cv::Point2f(float(r.x), float(r.y));
            }
            const cv::Mat m = cv::getAffineTransform(src, dst);
            cv::warpAffine(texMat, patch, m, r.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                           cv::Scalar::all(0));
            mask.create(r.size(), CV_8UC1);
            mask.setTo(0);
            cv::fillConvexPoly(mask, poly, cv::Scalar(255));
            patch.copyTo(layer(r), mask);
        }
        // The layer over the skin.
        for (int y = 0; y < box.height; ++y) {
            const auto* l = layer.ptr<std::uint8_t>(y);
            auto* o = img.ptr<std::uint8_t>(box.y + y) + 4 * box.x;
            for (int x = 0; x < box.width; ++x, l += 4, o += 4) {
                const int la = l[3];
                if (la == 0) {
                    continue;
                }
                const double a = la / 255.0 * strength;
                for (int c = 0; c < 3; ++c) {
                    const double b = o[c] / 255.0;
                    const double col = std::min(1.0, l[c] / double(la)); // un-premultiplied
                    double out = 0;
                    if (blend == 1) {
                        out = b + (softLight(b, col) - b) * a;
                    } else if (blend == 2) {
                        out = b * (1 - a) + b * col * a;
                    } else {
                        out = b * (1 - a) + col * a;
                    }
                    o[c] = std::uint8_t(std::clamp(std::lround(out * 255), 0L, 255L));
                }
            }
        }
    }
}

} // namespace reelcut::face
