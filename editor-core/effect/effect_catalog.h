#pragma once

// Everything the registry offers, described for people and programs: `reelcut-cli effects`
// prints it, template authors and scripts read it. Names are translated into the
// application's language (QCoreApplication's installed translators).

#include <QJsonObject>

namespace reelcut {

// {"effects": [...], "filters": [...], "transitions": [...]}; each entry has id, name,
// category and params (id, name, type, and per type: min, max, default, animatable,
// choices, suffix). Filters are ready-made looks: an effect with fixed parameters.
QJsonObject effectCatalog();

} // namespace reelcut
