#pragma once

#include "effect/effect.h"

#include <memory>
#include <mutex>

namespace reelcut {

class LutApplier;

// A .cube LUT (a colour grade or a built-in look) with an intensity slider. Files are
// read once and kept prepared (per path, size and modification time).
class LutEffect : public Effect {
public:
    LutEffect();
    ~LutEffect() override;
    const EffectDescriptor& descriptor() const override;
    void apply(QImage& frame, const ParamValues& params,
               const EffectContext& context) const override;

    // The prepared LUT of a file (a path or a builtin: name); throws LutError.
    std::shared_ptr<const LutApplier> applierFor(const std::string& file) const;

private:
    struct Cache;
    std::unique_ptr<Cache> cache_;
};

inline constexpr const char* kLutEffectId = "color.lut";

} // namespace reelcut
