#include "analysis/analysis_store.h"

#include "model/project_file.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <boost/filesystem/operations.hpp>
#include <stdexcept>

namespace reelcut {

namespace fs = boost::filesystem;

std::string mediaContentId(const fs::path& media) {
    QFile f(QString::fromStdString(media.string()));
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error(media.string() +
                                 ": cannot read: " + f.errorString().toStdString());
    }
    constexpr qint64 kChunk = 1 << 20;
    QCryptographicHash h(QCryptographicHash::Sha1);
    const qint64 size = f.size();
    h.addData(QByteArray::number(size));
    h.addData(f.read(kChunk));
    if (size > 2 * kChunk) {
        f.seek(size - kChunk);
        h.addData(f.read(kChunk));
    }
    return h.result().toHex().left(20).toStdString();
}

fs::path AnalysisStore::defaultDir() {
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty()) {
        return {};
    }
    return fs::path(base.toStdString()) / "reelcut" / "analysis";
}

std::string AnalysisStore::keyFor(const fs::path& media, const std::string& kind,
                                  const std::string& settings) {
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(QByteArray::fromStdString(mediaContentId(media) + "|" + kind + "|" + settings));
    return kind + "-" + h.result().toHex().left(24).toStdString();
}

std::optional<QJsonObject> AnalysisStore::load(const std::string& key) const {
    if (dir_.empty()) {
        return std::nullopt;
    }
    QFile f(QString::fromStdString((dir_ / (key + ".json")).string()));
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

void AnalysisStore::save(const std::string& key, const QJsonObject& value) const {
    if (dir_.empty()) {
        return;
    }
    try {
        boost::system::error_code ec;
        fs::create_directories(dir_, ec);
        writeFileAtomically(dir_ / (key + ".json"),
                            QJsonDocument(value).toJson(QJsonDocument::Compact));
    } catch (const std::exception&) {
        // Not kept; computed again next time.
    }
}

} // namespace reelcut
