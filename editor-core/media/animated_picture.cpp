#include "media/animated_picture.h"

#include "media/input_file.h"
#include "media/media_error.h"
#include "media/media_limits.h"
#include "model/builtin_assets.h"

#include <QImageReader>
#include <algorithm>

namespace reelcut {

namespace {
constexpr int kMaxAnimationFrames = 1000;
} // namespace

bool isAnimatedWebp(const boost::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (ext != ".webp") {
        return false;
    }
    checkMediaFile(file); // a pipe named .webp would block the reader
    return QImageReader(QString::fromStdString(resolveMediaPath(file.string()).string()))
               .imageCount() > 1;
}

AnimatedPicture loadAnimatedPicture(const boost::filesystem::path& file) {
    const std::string name = file.string();
    checkMediaFile(file);
    AnimatedPicture anim;
    QImageReader reader(QString::fromStdString(resolveMediaPath(name).string()));
    std::int64_t bytes = 0;
    Time at(0);
    while (int(anim.frames.size()) < kMaxAnimationFrames) {
        QImage frame = reader.read();
        if (frame.isNull()) {
            break;
        }
        bytes += std::int64_t(frame.width()) * frame.height() * 4;
        if (bytes > media_limits::kMaxAnimationBytes) {
            throw MediaError(
                name, "decode",
                Message(QT_TRANSLATE_NOOP3("Engine",
                                           "the animation is too large (more than "
                                           "%1 MB of pictures); make it smaller or "
                                           "shorter",
                                           "media.animation-too-large"))
                    .arg(static_cast<long long>(media_limits::kMaxAnimationBytes >> 20)));
        }
        anim.starts.push_back(at);
        // Browsers treat delays under 20 ms as 100 ms; a minimum keeps time moving.
        at += Rational(std::clamp(reader.nextImageDelay(), 20, 60000), 1000);
        anim.frames.push_back(frame.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    }
    if (anim.frames.empty()) {
        throw MediaError(name, "decode",
                         Message(QT_TRANSLATE_NOOP3("Engine", "no frames in the animated picture",
                                                    "media.no-animation-frames")));
    }
    anim.length = at;
    return anim;
}

} // namespace reelcut
