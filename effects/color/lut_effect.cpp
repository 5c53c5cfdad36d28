#include "color/lut_effect.h"

#include "color/cube_lut.h"
#include "model/builtin_assets.h"

#include <boost/filesystem/operations.hpp>
#include <map>

namespace reelcut {

namespace fs = boost::filesystem;

namespace {

const EffectDescriptor& lutDescriptor() {
    static const EffectDescriptor d = [] {
        EffectDescriptor e{kLutEffectId,
                           QT_TRANSLATE_NOOP("Effect", "LUT"),
                           QT_TRANSLATE_NOOP("EffectCategory", "Color"),
                           {{"file", QT_TRANSLATE_NOOP("Effect", "LUT file (.cube)"),
                             ParamType::File, 0, 1, 0, false},
                            {"intensity", QT_TRANSLATE_NOOP("Effect", "Intensity"),
                             ParamType::Number, 0, 1, 1, true}}};
        e.params[0].fileSuffix = "cube";
        return e;
    }();
    return d;
}

} // namespace

struct LutEffect::Cache {
    struct Entry {
        std::time_t modified = 0;
        std::uintmax_t size = 0;
        std::shared_ptr<const LutApplier> applier;
    };
    std::mutex mutex;
    std::map<std::string, Entry> entries;
};

LutEffect::LutEffect() : cache_(std::make_unique<Cache>()) {}
LutEffect::~LutEffect() = default;

const EffectDescriptor& LutEffect::descriptor() const {
    return lutDescriptor();
}

std::shared_ptr<const LutApplier> LutEffect::applierFor(const std::string& file) const {
    const fs::path path = resolveMediaPath(file);
    boost::system::error_code ec;
    const std::time_t modified = fs::last_write_time(path, ec);
    if (ec) {
        throw LutError(path.string() + ": file not found");
    }
    const std::uintmax_t size = fs::file_size(path, ec);
    {
        const std::lock_guard lock(cache_->mutex);
        const auto it = cache_->entries.find(path.string());
        if (it != cache_->entries.end() && it->second.modified == modified &&
            it->second.size == size) {
            return it->second.applier;
        }
    }
    // Parsed outside the lock: a big cube takes a moment, other LUTs need not wait.
    auto applier = std::make_shared<const LutApplier>(loadCube(path));
    const std::lock_guard lock(cache_->mutex);
    cache_->entries[path.string()] = Cache::Entry{modified, size, applier};
    return applier;
}

void LutEffect::apply(QImage& frame, const ParamValues& params, const EffectContext&) const {
    const EffectDescriptor& d = lutDescriptor();
    const std::string file = paramText(d, params, "file");
    const double intensity = paramValue(d, params, "intensity");
    if (file.empty() || intensity <= 0) {
        return;
    }
    applierFor(file)->apply(frame, intensity);
}

} // namespace reelcut
