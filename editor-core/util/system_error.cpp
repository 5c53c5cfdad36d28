#include "util/system_error.h"

#include <cerrno>
#include <cstring>

namespace reelcut {

Message systemErrorMessage(int errnum) {
    switch (errnum) {
    case ENOMEM:
        return Message(QT_TRANSLATE_NOOP3("Engine", "not enough memory", "error.no-memory"));
    case ENOSPC:
        return Message(QT_TRANSLATE_NOOP3("Engine", "No space left on device", "error.disk-full"));
    case EDQUOT:
        return Message(QT_TRANSLATE_NOOP3("Engine", "the disk quota is used up", "error.quota"));
    case EFBIG:
        return Message(QT_TRANSLATE_NOOP3("Engine",
                                          "the file is too large for the disk or the "
                                          "limits set for this program",
                                          "error.file-too-big"));
    case EACCES:
    case EPERM:
        return Message(QT_TRANSLATE_NOOP3("Engine", "permission denied", "error.permission"));
    case EROFS:
        return Message(QT_TRANSLATE_NOOP3("Engine", "the disk is read-only", "error.read-only"));
    case ENOENT:
        return Message(QT_TRANSLATE_NOOP3("Engine", "No such file or directory", "error.no-entry"));
    case EISDIR:
        return Message(QT_TRANSLATE_NOOP3("Engine", "is a folder", "error.is-folder"));
    case EIO:
        return Message(QT_TRANSLATE_NOOP3("Engine",
                                          "the disk or network share reported a read or write "
                                          "error",
                                          "error.io"));
    default:
        break;
    }
    return verbatim(std::strerror(errnum));
}

} // namespace reelcut
