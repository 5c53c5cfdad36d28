#pragma once

// Small helpers for building projects in render tests.

#include "export/preset.h"
#include "model/project.h"

#include <QString>

namespace reelcut::test {

inline Clip makeClip(const QString& media, Time start, Time in, Time out,
                     FitMode fit = FitMode::Stretch) {
    Clip c;
    c.media = media.toStdString();
    c.start = start;
    c.in = in;
    c.out = out;
    c.fit = fit;
    return c;
}

// The tiktok preset at a small size, so tests encode quickly.
inline Preset smallPreset(int width, int height) {
    Preset p = *findPreset("tiktok");
    p.width = width;
    p.height = height;
    p.frameRate.reset(); // follow the project's rate
    return p;
}

} // namespace reelcut::test
