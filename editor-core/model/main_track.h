#pragma once

// The main track, as CapCut has it: the bottom video track. When the project's
// magneticMainTrack is on, its clips always run end to end from 0; the edit functions
// (model/edits.h) keep it so:
//
//   delete B:         [ A ][ B ][ C ]      ->   [ A ][ C ]
//   insert X at B:    [ A ][ B ][ C ]      ->   [ A ][ X ][ B ][ C ]     (by B's midpoint)
//   move A after B:   [ A ][ B ][ C ]      ->   [ B ][ A ][ C ]          (by the centres)
//   trim / speed:     [ A ][ B--- ][ C ]   ->   [ A ][ B- ][ C ]         (C follows)
//   drop near 0:          [ A ]            ->   [ A ]                     (no gap at 0)

#include "model/project.h"

#include <cstddef>

namespace reelcut {

// The bottom video track, or nullptr if the project has none.
const Track* mainTrack(const Project& project);
Track* mainTrack(Project& project);
bool isMainTrack(const Project& project, ObjectId track);
// The main track of a project whose magnetic main track is on.
bool isMagneticMainTrack(const Project& project, ObjectId track);

// Where a clip dropped with its start at `at` goes among the track's clips: before the
// first clip whose middle lies after `at`.
std::size_t mainTrackSlot(const Track& track, const Time& at);

// Closes every gap on the main track, keeping the clips' order, if the magnet is on.
void settleMainTrack(Project& project);

} // namespace reelcut
