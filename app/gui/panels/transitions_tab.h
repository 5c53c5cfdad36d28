#pragma once

#include <QWidget>

class QPushButton;

namespace reelcut::gui {

class AssetList;

// The Transitions tab: every transition of the registry, grouped, with a picture of it
// half-way. Drag one onto a cut between two clips on the timeline, or select a clip and
// press "Apply" to put it on the cut into that clip.
class TransitionsTab : public QWidget {
    Q_OBJECT
public:
    explicit TransitionsTab(QWidget* parent = nullptr);

    AssetList* list() const { return list_; }
    QString currentTransition() const;

Q_SIGNALS:
    void applyRequested(const QString& transitionId);

private:
    AssetList* list_ = nullptr;
    QPushButton* apply_ = nullptr;
};

} // namespace reelcut::gui
