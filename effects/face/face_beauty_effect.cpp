#include "face/face_beauty_effect.h"

#include "face/face_anchors.h"

#include <algorithm>
#include <cmath>
#include <opencv2/imgproc.hpp>

namespace reelcut::face {

namespace {

const EffectDescriptor kDescriptor{
    "face.beauty",
    QT_TRANSLATE_NOOP("Effect", "Beauty"),
    QT_TRANSLATE_NOOP("EffectCategory", "Face"),
    {
        {"smooth", QT_TRANSLATE_NOOP("Effect", "Skin smoothing"), ParamType::Number, 0, 1, 0.6,
         true},
        {"brighten", QT_TRANSLATE_NOOP("Effect", "Brighten"), ParamType::Number, 0, 1, 0.3, true},
        {"lipstick", QT_TRANSLATE_NOOP("Effect", "Lipstick"), ParamType::Number, 0, 1, 0, true},
        {"lip_color", QT_TRANSLATE_NOOP("Effect", "Lipstick colour"), ParamType::Color, 0,
         double(0xffffffffu), double(0xffc8102eu), false},
        {"strength", QT_TRANSLATE_NOOP("Effect", "Strength"), ParamType::Number, 0, 1, 1, true},
        faceChoiceParam(),
    }};

std::vector<cv::Point> toCv(const QPolygonF& poly, const cv::Point& origin) {
    std::vector<cv::Point> out;
    out.reserve(std::size_t(poly.size()));
    for (const QPointF& p : poly) {
        out.emplace_back(int(std::lround(p.x())) - origin.x, int(std::lround(p.y())) - origin.y);
    }
    return out;
}

} // namespace

const EffectDescriptor& FaceBeautyEffect::descriptor() const {
    return kDescriptor;
}

void FaceBeautyEffect::apply(QImage& frame, const ParamValues& params,
                             const EffectContext& ctx) const {
    const double strength = paramValue(kDescriptor, params, "strength");
    const double smooth = paramValue(kDescriptor, params, "smooth") * strength;
    const double brighten = paramValue(kDescriptor, params, "brighten") * strength;
    const double lipstick = paramValue(kDescriptor, params, "lipstick") * strength;
    if (smooth <= 0 && brighten <= 0 && lipstick <= 0) {
        return;
    }
    const auto lipArgb = std::uint32_t(paramValue(kDescriptor, params, "lip_color"));
    const int lipR = int((lipArgb >> 16) & 0xff), lipG = int((lipArgb >> 8) & 0xff),
              lipB = int(lipArgb & 0xff);
    const FrameFaces& found = faces(frame, params, ctx);
    cv::Mat img(frame.height(), frame.width(), CV_8UC4, frame.bits(), size_t(frame.bytesPerLine()));
    thread_local cv::Mat skin, lips, blurred, small; // scratch, reused
    for (const Face& f : found) {
        const FaceFrame fr = faceFrame(f);
        const double iod = fr.eyeDistance;
        if (iod < 4) {
            continue;
        }
        const QPolygonF outline = faceOutline(f, fr);
        const QRectF b = outline.boundingRect().adjusted(-2, -2, 2, 2);
        const cv::Rect roi = cv::Rect(int(std::floor(b.left())), int(std::floor(b.top())),
                                      int(std::ceil(b.width())), int(std::ceil(b.height()))) &
                             cv::Rect(0, 0, img.cols, img.rows);
        if (roi.width < 8 || roi.height < 8) {
            continue;
        }
        const cv::Point o = roi.tl();
        // Skin mask: the face, minus eyes, brows and mouth (kept sharp), feathered. The
        // feather stays inside the outline, so nothing outside the face changes.
        skin.create(roi.size(), CV_8UC1);
        skin.setTo(0);
        const int feather = std::max(1, int(0.08 * iod));
        std::vector<std::vector<cv::Point>> polys{toCv(outline, o)};
        cv::fillPoly(skin, polys, 255, cv::LINE_AA);
        cv::erode(skin, skin,
                  cv::getStructuringElement(cv::MORPH_ELLIPSE,
                                            cv::Size(2 * feather + 1, 2 * feather + 1)));
        const int keepOut = std::max(1, int(0.12 * iod));
        for (auto [a, z] : {std::pair{36, 41}, std::pair{42, 47}, std::pair{48, 59}}) {
            std::vector<std::vector<cv::Point>> part{toCv(landmarkPolygon(f, a, z), o)};
            cv::fillPoly(skin, part, 0, cv::LINE_AA);
            cv::polylines(skin, part, true, 0, keepOut, cv::LINE_AA);
        }
        for (auto [a, z] : {std::pair{17, 21}, std::pair{22, 26}}) {
            std::vector<std::vector<cv::Point>> brow{toCv(landmarkPolygon(f, a, z), o)};
            cv::polylines(skin, brow, false, 0, keepOut * 2, cv::LINE_AA);
        }
        cv::blur(skin, skin, cv::Size(2 * feather + 1, 2 * feather + 1));

        lips.create(roi.size(), CV_8UC1);
        lips.setTo(0);
        if (lipstick > 0) {
            std::vector<std::vector<cv::Point>> outer{toCv(landmarkPolygon(f, 48, 59), o)};
            std::vector<std::vector<cv::Point>> inner{toCv(landmarkPolygon(f, 60, 67), o)};
            cv::fillPoly(lips, outer, 255, cv::LINE_AA);
            cv::fillPoly(lips, inner, 0, cv::LINE_AA);
            const int lf = std::max(1, int(0.03 * iod)) | 1;
            cv::GaussianBlur(lips, lips, cv::Size(2 * lf + 1, 2 * lf + 1), 0);
        }

        // The smoothed skin: a blur at half size (cheap for any radius).
        cv::Mat face = img(roi);
        const double sigma = std::max(1.0, 0.06 * iod);
        cv::resize(face, small, cv::Size(std::max(1, roi.width / 2), std::max(1, roi.height / 2)),
                   0, 0, cv::INTER_AREA);
        cv::GaussianBlur(small, small, cv::Size(0, 0), sigma / 2);
        cv::resize(small, blurred, roi.size(), 0, 0, cv::INTER_LINEAR);

        const int smoothW = int(smooth * 256);
        const int lift = int(brighten * 40);
        const int lipW = int(lipstick * 0.7 * 256);
        constexpr int kEdge = 24; // a difference above this is an edge: kept sharp
        for (int y = 0; y < roi.height; ++y) {
            auto* px = face.ptr<cv::Vec4b>(y);
            const auto* bl = blurred.ptr<cv::Vec4b>(y);
            const auto* m = skin.ptr<std::uint8_t>(y);
            const auto* lm = lips.ptr<std::uint8_t>(y);
            for (int x = 0; x < roi.width; ++x) {
                if (m[x] == 0 && lm[x] == 0) {
                    continue;
                }
                cv::Vec4b& p = px[x];
                const int a = p[3];
                if (m[x] != 0) {
                    for (int c = 0; c < 3; ++c) {
                        const int diff = bl[x][c] - p[c];
                        // Edge-aware: small differences (texture, blemishes) are smoothed,
                        // large ones (edges, features) are not.
                        const int edge = std::max(0, 256 - std::abs(diff) * 256 / kEdge);
                        const int w = (smoothW * edge >> 8) * m[x] >> 8;
                        int v = p[c] + ((diff * w) >> 8);
                        v += (lift * m[x] >> 8) * (255 - v) / 255 * a / 255;
                        p[c] = cv::saturate_cast<uchar>(std::min(v, a));
                    }
                }
                if (lm[x] != 0 && lipW > 0) {
                    // Tint keeping the lips' own shading: the colour times their luminance.
                    const int luma = (p[2] * 54 + p[1] * 183 + p[0] * 19) >> 8;
                    const int shade = std::min(255, luma * 3 / 2);
                    const int tint[3] = {lipB * shade / 255 * a / 255, lipG * shade / 255 * a / 255,
                                         lipR * shade / 255 * a / 255};
                    const int w = lipW * lm[x] >> 8;
                    for (int c = 0; c < 3; ++c) {
                        p[c] = cv::saturate_cast<uchar>(p[c] + (((tint[c] - p[c]) * w) >> 8));
                    }
                }
            }
        }
    }
}

} // namespace reelcut::face
