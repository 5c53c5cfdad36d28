#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

namespace reelcut::gui {

// The dark look: a palette for the widgets Qt draws itself and a style sheet for the
// few places that need more (tabs, toolbars, the accent Export button).
void applyDarkTheme(QApplication& app);

// An icon from resources/icons/<name>.svg. SVG scales to any device pixel ratio.
QIcon icon(const QString& name);

// Colours shared by the custom-painted widgets (timeline, preview) so they match the
// style sheet.
namespace colors {
inline const QColor window{0x17, 0x17, 0x1c};
inline const QColor panel{0x1f, 0x1f, 0x26};
inline const QColor panelDark{0x12, 0x12, 0x16};
inline const QColor border{0x2e, 0x2e, 0x38};
inline const QColor text{0xe8, 0xe8, 0xee};
inline const QColor textDim{0x9a, 0x9a, 0xa8};
inline const QColor accent{0xff, 0x3d, 0x71};
inline const QColor accent2{0x22, 0xd3, 0xee};
inline const QColor videoClip{0x2b, 0x55, 0x8f};
inline const QColor overlayClip{0x6d, 0x3f, 0xb0};
inline const QColor audioClip{0x1f, 0x7a, 0x5c};
inline const QColor textClip{0xa8, 0x6b, 0x12};
inline const QColor missingClip{0x8a, 0x2a, 0x2a};
} // namespace colors

} // namespace reelcut::gui
