#include "batch/content_hash.h"

#include "util/message.h"

#include <QCryptographicHash>
#include <QFile>
#include <stdexcept>
#include <sys/stat.h>

namespace reelcut::batch {

namespace fs = boost::filesystem;

std::string sha256Hex(const std::string& bytes) {
    return QCryptographicHash::hash(QByteArray(bytes.data(), qsizetype(bytes.size())),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::string fileContentHash(const fs::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.exists()) {
        throw Error(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: file not found", "batch.file-missing"))
                .arg(file.string()));
    }
    if (!f.open(QIODevice::ReadOnly)) {
        throw Error(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: cannot read: %2", "batch.file-cannot-read"))
                .arg(file.string())
                .arg(f.errorString().toStdString()));
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f)) {
        throw Error(Message(QT_TRANSLATE_NOOP3("Engine", "%1: read error", "batch.file-read-error"))
                        .arg(file.string()));
    }
    return h.result().toHex().toStdString();
}

std::string ContentHashCache::hashOf(const fs::path& file) {
    struct ::stat st {};
    if (::stat(file.c_str(), &st) != 0) {
        throw Error(
            Message(QT_TRANSLATE_NOOP3("Engine", "%1: file not found", "batch.file-missing"))
                .arg(file.string()));
    }
    const Key key{file.string(), static_cast<long long>(st.st_size),
                  static_cast<long long>(st.st_mtim.tv_sec),
                  static_cast<long long>(st.st_mtim.tv_nsec)};
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = hashes_.find(key); it != hashes_.end()) {
            return it->second;
        }
    }
    std::string hex = fileContentHash(file); // outside the lock: big files take a while
    std::lock_guard<std::mutex> lock(mutex_);
    hashes_[key] = hex;
    return hex;
}

} // namespace reelcut::batch
