#include "timeline/ducking_curves.h"

#include <QCoreApplication>
#include <QPointer>
#include <algorithm>

namespace reelcut::gui {

DuckingCurves::DuckingCurves(QObject* parent)
    : QObject(parent), speech_(std::make_shared<SpeechIndex>()) {
    pool_.setMaxThreadCount(1);
}

DuckingCurves::~DuckingCurves() {
    pool_.clear();
    pool_.waitForDone();
}

void DuckingCurves::update(const Project& project) {
    const int generation = ++generation_;
    const bool ducks = std::any_of(project.tracks.begin(), project.tracks.end(),
                                   [](const Track& t) { return t.ducking.enabled; });
    pool_.clear(); // a queued, not yet started older project: not needed any more
    if (!ducks) {
        delivered_ = generation;
        if (!envelopes_.empty()) {
            envelopes_.clear();
            Q_EMIT updated();
        }
        return;
    }
    QPointer<DuckingCurves> self(this);
    pool_.start([self, generation, project, speech = speech_] {
        std::map<ObjectId, DuckingEnvelope> found;
        for (const Track& t : project.tracks) {
            if (t.ducking.enabled) {
                // The speech of each file is found once (and cached on disk).
                found.emplace(t.id, duckingEnvelope(project, t, *speech));
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, found = std::move(found)]() mutable {
                if (!self) {
                    return;
                }
                if (generation == self->generation_) {
                    self->envelopes_ = std::move(found);
                    self->delivered_ = generation;
                    Q_EMIT self->updated();
                }
            },
            Qt::QueuedConnection);
    });
}

const DuckingEnvelope* DuckingCurves::envelope(ObjectId track) const {
    const auto it = envelopes_.find(track);
    return it == envelopes_.end() ? nullptr : &it->second;
}

} // namespace reelcut::gui
