#pragma once

// The pictures face stickers draw: the built-in SVGs and any picture file a user picks
// (PNG, JPEG, SVG, WebP; animated GIF, APNG and WebP). Each file is read once and kept
// (per path, size and modification time); frames of an animation are decoded once, never
// per frame. SVGs are rasterised at the size they are drawn (in steps of a factor of
// 1.19, so a sticker that grows re-renders now and then, not every frame); raster
// pictures get smaller copies made on first use, so a large picture drawn small is
// filtered, not aliased.

#include "media/animated_picture.h"

#include <QByteArray>
#include <QImage>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace reelcut::face {

class StickerPicture {
public:
    // An SVG picture (already checked); `aspect` is height / width of its view box.
    StickerPicture(QByteArray svg, double aspect);
    // Decoded frames (at least one).
    explicit StickerPicture(AnimatedPicture frames);

    double aspect() const { return aspect_; } // height / width
    bool animated() const { return frames_.frames.size() > 1; }
    double length() const { return frames_.length.toDouble(); } // seconds; 0 for a still
    std::size_t frameCount() const { return svg_.isEmpty() ? frames_.frames.size() : 1; }
    // The frame shown `t` seconds into the animation (looping, or holding the last frame).
    std::size_t frameAt(double t, bool loop) const;
    // Frame `frame` about `width` pixels wide (at least that, or the picture's own size
    // when it is smaller). Thread-safe; the image shares its pixels with the cache.
    QImage image(std::size_t frame, double width) const;

private:
    QByteArray svg_;
    AnimatedPicture frames_;
    double aspect_ = 1;
    mutable std::mutex mutex_;
    mutable std::map<std::pair<std::size_t, int>, QImage> sized_; // (frame, step) -> image
};

class StickerPictures {
public:
    // Built-in sticker `index` (face_stickers.h); nullptr if out of range.
    std::shared_ptr<const StickerPicture> builtin(std::size_t index);
    // A picture file (a path or a builtin: name). Throws MediaError naming the file when it
    // is missing or cannot be read as a picture; the failure is remembered until the file
    // changes, so a broken file costs a stat per frame, not a decode.
    std::shared_ptr<const StickerPicture> file(const std::string& path);

private:
    struct Entry {
        std::string stat;
        std::shared_ptr<const StickerPicture> picture;
        std::exception_ptr error;
    };
    std::mutex mutex_;
    std::map<std::size_t, std::shared_ptr<const StickerPicture>> builtins_;
    std::map<std::string, Entry> files_;
};

} // namespace reelcut::face
