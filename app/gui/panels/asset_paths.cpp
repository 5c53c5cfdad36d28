#include "panels/asset_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace reelcut::gui {

QString stickersDir() {
    const QStringList candidates{
        qEnvironmentVariable("REELCUT_STICKERS_DIR"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/reelcut/stickers"),
        QStringLiteral(REELCUT_SOURCE_DIR "/resources/stickers"),
    };
    for (const QString& c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isDir()) {
            return QDir(c).canonicalPath();
        }
    }
    return {};
}

} // namespace reelcut::gui
