#include "media/still_image.h"

#include "media/frame_scaler.h"
#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_internal.h"
#include "media/media_limits.h"
#include "util/system_error.h"

#include <QTransform>
#include <cerrno>
#include <cmath>

extern "C" {
#include <libavutil/dict.h>
}

namespace reelcut {

using namespace media_detail;

namespace {

// JPEGs from cameras and phones mostly carry their orientation as an EXIF tag, which
// FFmpeg 5.1 exports as frame metadata rather than as a display matrix.
QImage applyExifOrientation(QImage img, const AVFrame& frame) {
    const AVDictionaryEntry* e = av_dict_get(frame.metadata, "Orientation", nullptr, 0);
    if (e == nullptr || e->value == nullptr) {
        return img;
    }
    const int o = std::atoi(e->value);
    // EXIF 2/4/5/7 are the mirrored forms of 1/3/6/8.
    if (o == 2 || o == 4 || o == 5 || o == 7) {
        img = img.mirrored(true, false);
    }
    int turn = 0;
    switch (o) {
    case 3:
    case 4:
        turn = 180;
        break;
    case 5:
    case 6:
        turn = 90;
        break;
    case 7:
    case 8:
        turn = 270;
        break;
    default:
        break;
    }
    return turn == 0 ? img : img.transformed(QTransform().rotate(turn));
}

} // namespace

QImage loadStillImage(const boost::filesystem::path& file) {
    const std::string name = file.string();
    PictureStream picture = openPictureStream(file);
    const AVStream& st = *picture.fmt->streams[picture.index];
    ff::FramePtr frame = ff::makeFrame();
    FrameSource source(*picture.fmt, *picture.dec, picture.index);
    if (!source.next(*frame)) {
        throw MediaError(name, "decode", noPictureDecoded(source));
    }
    if (frame->width <= 0 || frame->height <= 0 ||
        std::int64_t(frame->width) * frame->height > media_limits::kMaxPixels) {
        throw MediaError(name, "decode",
                         Message(QT_TRANSLATE_NOOP3("Engine",
                                                    "the picture is %1x%2 pixels; ReelCut reads "
                                                    "pictures up to 8192x8192 (64 megapixels)",
                                                    "media.too-many-pixels"))
                             .arg(frame->width)
                             .arg(frame->height));
    }
    // Kept at most kMaxStillSide on its longest side: scaled straight from the decoded
    // frame, so a 48-megapixel photo never exists as a full-size ARGB image.
    const double shrink =
        std::min(1.0, double(media_limits::kMaxStillSide) / std::max(frame->width, frame->height));
    const QSize size(std::max(1, int(std::lround(frame->width * shrink))),
                     std::max(1, int(std::lround(frame->height * shrink))));
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    if (img.isNull()) {
        throw MediaError(name, "decode", systemErrorMessage(ENOMEM));
    }
    FrameScaler scaler;
    try {
        scaler.scale(*frame, img);
    } catch (const MediaError& e) {
        throw MediaError(name, "decode", e.reasonMessage());
    }

    const AVFrameSideData* sd = av_frame_get_side_data(frame.get(), AV_FRAME_DATA_DISPLAYMATRIX);
    int rotation = sd != nullptr ? rotationFromMatrix(sd->data, sd->size) : 0;
    if (rotation == 0) {
        rotation = streamRotation(st);
    }
    if (rotation != 0) {
        return img.transformed(QTransform().rotate(rotation));
    }
    return applyExifOrientation(std::move(img), *frame);
}

} // namespace reelcut
