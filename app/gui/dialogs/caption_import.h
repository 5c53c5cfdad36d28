#pragma once

#include "export/preset.h"

#include <QDialog>
#include <QString>

class QListWidget;

namespace reelcut {
class ProjectDocument;
}

namespace reelcut::gui {

// Reads a SubRip file and adds its cues as text clips on a new "Captions" track, in the
// look of a text preset at a readable size, in the lower third inside the safe zone, as
// one undo step. On a broken file nothing changes and `error` names the line. Returns the
// number of captions added.
int importCaptions(ProjectDocument& doc, const QString& srtFile, const QString& presetId,
                   const SafeZone& zone, QString* error);

// Asks for the look of imported captions: the text presets, "Caption box" first chosen.
class CaptionStyleDialog : public QDialog {
    Q_OBJECT
public:
    explicit CaptionStyleDialog(QWidget* parent = nullptr);
    QString presetId() const;

private:
    QListWidget* presets_ = nullptr;
};

} // namespace reelcut::gui
