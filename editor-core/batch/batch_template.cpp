#include "batch/batch_template.h"

#include "batch/content_hash.h"
#include "model/project_file.h"
#include "model/project_json.h"
#include "model/template_json.h"

#include <QJsonDocument>
#include <boost/filesystem/operations.hpp>

namespace reelcut::batch {

namespace fs = boost::filesystem;

BatchTemplate loadBatchTemplate(const fs::path& file, const fs::path& brandOverride) {
    BatchTemplate t;
    t.file = fs::absolute(file).lexically_normal();
    t.dir = t.file.parent_path();
    t.preview = loadProject(t.file);
    t.spec = t.preview.templateSpec;
    t.brandFile = brandOverride.empty() ? brandPathFor(t.spec, t.dir)
                                        : fs::absolute(brandOverride).lexically_normal();
    if (!t.brandFile.empty()) {
        t.brand = loadBrandKit(t.brandFile); // a broken or missing kit stops the batch
    }
    // The canonical form: what the editor would save, expressions in place.
    const QJsonDocument doc = QJsonDocument::fromJson(projectToJson(t.preview, t.dir));
    t.json = doc.object();
    t.json.remove("fields");
    t.json.remove("brand");
    std::string hashes = fileContentHash(t.file);
    if (!t.brandFile.empty()) {
        hashes += fileContentHash(t.brandFile);
    }
    t.contentHash = sha256Hex(hashes);
    return t;
}

} // namespace reelcut::batch
