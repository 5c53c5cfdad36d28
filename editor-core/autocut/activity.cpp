#include "autocut/activity.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

extern "C" {
#include <libavutil/imgutils.h>
}

namespace reelcut {

using namespace media_detail;

namespace {

constexpr int kW = 32;
constexpr int kH = 18;
constexpr int kActivityVersion = 1;

} // namespace

double ActivityProfile::mostActiveStart(double length, double duration,
                                        const std::vector<std::pair<double, double>>& taken) const {
    const double latest = std::max(0.0, duration - length);
    if (latest <= 0 || (motion.empty() && taken.empty())) {
        return latest / 2;
    }
    auto overlap = [&](double a) {
        double o = 0;
        for (const auto& [s, e] : taken) {
            o += std::max(0.0, std::min(e, a + length) - std::max(s, a));
        }
        return o;
    };
    // Candidates every step; the score is the motion inside, less a large penalty per
    // second already used by an earlier cut; ties go to the window nearest the middle.
    double best = latest / 2, bestScore = -1e30;
    for (double a = 0; a <= latest + step - 1e-9; a += step) {
        const double start = std::min(a, latest);
        double sum = 0;
        const auto i0 = std::size_t(start / step);
        const auto i1 = std::min(motion.size(), std::size_t(std::ceil((start + length) / step)));
        for (std::size_t i = i0; i < i1; ++i) {
            sum += motion[i];
        }
        const double score = sum - 1e6 * overlap(start) - 1e-6 * std::abs(start - latest / 2);
        if (score > bestScore + 1e-9) {
            bestScore = score;
            best = start;
        }
    }
    return best;
}

ActivityProfile measureActivity(const boost::filesystem::path& media) {
    ActivityProfile profile;
    const std::string name = media.string();
    ff::InputFormatPtr fmt = openInputFile(media);
    const int index = findVideoStream(*fmt);
    if (index < 0) {
        return profile;
    }
    const AVStream& st = *fmt->streams[index];
    if (st.nb_frames == 1 || (st.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0) {
        return profile;
    }
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        fmt->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    }
    ff::CodecContextPtr dec = openDecoder(st, name, "decode", 0);
    // Reference frames are enough to see motion, and skipping the rest (and the deblocking
    // filter) makes decoding several times faster.
    dec->skip_frame = AVDISCARD_NONREF;
    dec->skip_loop_filter = AVDISCARD_ALL;
    FrameSource source(*fmt, *dec, index);
    const Rational tb = toRational(st.time_base, Rational(1, 90000));
    const Time origin = sourceOrigin(*fmt);

    ff::SwsPtr sws;
    int swsW = 0, swsH = 0, swsFmt = -1;
    std::vector<std::uint8_t> cur(kW * kH), prev(kW * kH);
    double prevTime = -1;
    std::vector<double> sums, counts;
    ff::FramePtr frame = ff::makeFrame();
    while (source.next(*frame)) {
        AVFrame& f = *frame;
        if (!sws || f.width != swsW || f.height != swsH || f.format != swsFmt) {
            sws.reset(sws_getContext(f.width, f.height, AVPixelFormat(f.format), kW, kH,
                                     AV_PIX_FMT_GRAY8, SWS_AREA, nullptr, nullptr, nullptr));
            if (!sws) {
                throw MediaError(name, "decode", "cannot scale video for motion analysis");
            }
            swsW = f.width;
            swsH = f.height;
            swsFmt = f.format;
            prevTime = -1;
        }
        std::uint8_t* dst[4] = {cur.data(), nullptr, nullptr, nullptr};
        int stride[4] = {kW, 0, 0, 0};
        sws_scale(sws.get(), f.data, f.linesize, 0, f.height, dst, stride);
        const double t = f.best_effort_timestamp == AV_NOPTS_VALUE
                             ? prevTime + 1.0 / 30
                             : (Rational(f.best_effort_timestamp) * tb - origin).toDouble();
        av_frame_unref(&f);
        if (prevTime >= 0 && t > prevTime) {
            double diff = 0;
            for (int i = 0; i < kW * kH; ++i) {
                diff += std::abs(int(cur[std::size_t(i)]) - int(prev[std::size_t(i)]));
            }
            const double perSecond = diff / (kW * kH) / std::max(1.0 / 120, t - prevTime);
            const auto bucket = std::size_t(std::max(0.0, t) / profile.step);
            if (bucket >= sums.size()) {
                sums.resize(bucket + 1, 0.0);
                counts.resize(bucket + 1, 0.0);
            }
            sums[bucket] += perSecond;
            counts[bucket] += 1;
        }
        std::swap(cur, prev);
        prevTime = t;
    }
    profile.motion.resize(sums.size());
    float last = 0;
    for (std::size_t i = 0; i < sums.size(); ++i) {
        // A step without a reference frame (long GOPs) keeps the motion seen before it.
        last = counts[i] > 0 ? float(sums[i] / counts[i]) : last;
        profile.motion[i] = last;
    }
    return profile;
}

ActivityProfile cachedActivity(const boost::filesystem::path& media, const AnalysisStore& store) {
    const std::string key =
        AnalysisStore::keyFor(media, "motion", "w=32;h=18;v=" + std::to_string(kActivityVersion));
    if (const auto cached = store.load(key)) {
        ActivityProfile p;
        p.step = cached->value("step").toDouble(0.25);
        for (const QJsonValue& v : cached->value("motion").toArray()) {
            p.motion.push_back(float(v.toDouble()));
        }
        if (p.step > 0) {
            return p;
        }
    }
    ActivityProfile p = measureActivity(media);
    QJsonArray motion;
    for (float m : p.motion) {
        motion.append(std::round(m * 100) / 100);
    }
    store.save(key, QJsonObject{{"step", p.step}, {"motion", motion}});
    return p;
}

} // namespace reelcut
