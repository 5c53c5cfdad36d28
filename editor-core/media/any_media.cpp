#include "media/animated_picture.h"
#include "media/input_file.h"
#include "media/media_info.h"
#include "media/svg_image.h"

namespace reelcut {

MediaInfo probeAnyMedia(const boost::filesystem::path& file) {
    checkMediaFile(file);
    if (isSvgFile(file)) {
        return probeSvg(file);
    }
    if (isAnimatedWebp(file)) {
        const AnimatedPicture anim = loadAnimatedPicture(file);
        MediaInfo info;
        info.path = file.string();
        info.container = "webp";
        info.videoCodec = "webp";
        info.hasVideo = true;
        info.animatedImage = true;
        info.width = info.codedWidth = anim.frames.front().width();
        info.height = info.codedHeight = anim.frames.front().height();
        info.duration = anim.length;
        info.frameCount = std::int64_t(anim.frames.size());
        return info;
    }
    return probeMedia(file);
}

} // namespace reelcut
