#pragma once

#include "record/recorder.h"

#include <QImage>
#include <QWidget>

namespace reelcut::gui {

// The Record window's picture: the live camera with its effects, in the take's shape,
// with the countdown and the recording time drawn over it; or, without a camera, the
// message saying so.
class RecordPreview : public QWidget {
    Q_OBJECT
public:
    explicit RecordPreview(QWidget* parent = nullptr);

    void showFrame(const QImage& frame, const Recorder::Status& status);
    // Replaces the picture with a message (no camera, camera failed); empty: the picture.
    void setMessage(const QString& text);
    QString message() const { return message_; }
    const QImage& frame() const { return frame_; }
    // Pictures shown in the last second.
    double fps() const { return fps_; }

    QSize sizeHint() const override { return QSize(300, 533); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage frame_;
    Recorder::Status status_;
    QString message_;
    double fps_ = 0;
    qint64 windowStartMs_ = 0;
    int framesInWindow_ = 0;
};

} // namespace reelcut::gui
