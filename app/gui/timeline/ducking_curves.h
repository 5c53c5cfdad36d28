#pragma once

// The gain each ducked track gets over time, as the mixer computes it (speech found in the
// sound of the other tracks, attack and release), worked out off the GUI thread whenever
// the project changes, so the timeline draws the curve that is really applied.

#include "audio/ducking.h"
#include "model/project.h"

#include <QObject>
#include <QThreadPool>
#include <map>
#include <memory>

namespace reelcut::gui {

class DuckingCurves : public QObject {
    Q_OBJECT
public:
    explicit DuckingCurves(QObject* parent = nullptr);
    ~DuckingCurves() override;

    // Starts over for this project when any track ducks (a newer call supersedes an
    // older one still running); forgets the curves when none does.
    void update(const Project& project);
    // The envelope of a ducking track; nullptr while it is worked out or when the track
    // does not duck.
    const DuckingEnvelope* envelope(ObjectId track) const;
    bool busy() const { return delivered_ != generation_; }

Q_SIGNALS:
    void updated();

private:
    QThreadPool pool_;                    // one thread: the speech index is not shared
    std::shared_ptr<SpeechIndex> speech_; // used on the pool's thread only
    std::map<ObjectId, DuckingEnvelope> envelopes_;
    int generation_ = 0; // of the newest update()
    int delivered_ = 0;  // of the curves held
};

} // namespace reelcut::gui
