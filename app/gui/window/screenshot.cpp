#include "window/screenshot.h"

#include "panels/effects_tab.h"
#include "panels/media_cache.h"
#include "panels/sticker_tab.h"
#include "panels/text_tab.h"
#include "preview/player.h"
#include "preview/preview_widget.h"
#include "timeline/timeline_view.h"
#include "window/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QThread>
#include <cmath>

namespace reelcut::gui {

int takeScreenshot(MainWindow& window, const QString& project, const QString& imageFile,
                   double seconds, const QString& tab) {
    window.setAskHandler([](const QString&, const QString&, QMessageBox::StandardButtons) {
        return QMessageBox::No;
    });
    window.resize(1600, 1000);
    window.show();
    if (!project.isEmpty() && !window.openProject(project)) {
        return 1;
    }
    const Project& p = window.document().project();
    const auto frame = static_cast<std::int64_t>(std::llround(seconds * p.frameRate.toDouble()));
    window.player()->seek(frame);
    // Select the clip under the playhead on the lowest picture track (with tab "text":
    // the text clip there, and the Text tab open; with "stickers": the topmost sticker),
    // to fill the inspector.
    const Time t = frameTime(frame, p.frameRate);
    const bool text = tab == QStringLiteral("text");
    const bool stickers = tab == QStringLiteral("stickers");
    for (const Track& track : p.tracks) {
        for (const Clip& c : track.clips) {
            const bool wanted = text       ? c.kind == ClipKind::Text
                                : stickers ? track.kind == TrackKind::Overlay
                                           : track.hasPicture();
            if (wanted && c.contains(t) && (stickers || window.timeline()->selection().empty())) {
                window.timeline()->setSelection({c.id});
            }
        }
    }
    if (text) {
        window.assetTabs()->setCurrentWidget(window.textTab());
    } else if (stickers) {
        window.assetTabs()->setCurrentWidget(window.stickerTab());
    } else if (tab == QStringLiteral("effects")) {
        window.assetTabs()->setCurrentWidget(window.effectsTab());
    }
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!window.mediaCache()->busy() && window.preview()->hasFrame() &&
            window.preview()->currentFrame() == frame && window.effectsTab()->thumbnailsReady()) {
            break;
        }
        QThread::msleep(20);
    }
    // Let the last updates paint.
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(20);
    }
    const bool ok = window.grab().save(imageFile);
    window.document().undoStack().setClean();
    return ok ? 0 : 1;
}

} // namespace reelcut::gui
