# Debian splits OpenCV into per-module -dev packages; only libopencv-dev (which pulls in
# every module) ships the CMake config. We need four modules (calib3d: head pose), so find them directly.
find_path(ReelcutOpenCV_INCLUDE_DIR opencv2/core.hpp PATH_SUFFIXES opencv4)
foreach(module core imgproc objdetect calib3d)
    find_library(ReelcutOpenCV_${module}_LIBRARY NAMES opencv_${module})
    list(APPEND ReelcutOpenCV_LIBRARIES ${ReelcutOpenCV_${module}_LIBRARY})
endforeach()
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(ReelcutOpenCV REQUIRED_VARS ReelcutOpenCV_INCLUDE_DIR
    ReelcutOpenCV_core_LIBRARY ReelcutOpenCV_imgproc_LIBRARY ReelcutOpenCV_objdetect_LIBRARY
    ReelcutOpenCV_calib3d_LIBRARY)
if(ReelcutOpenCV_FOUND AND NOT TARGET Reelcut::OpenCV)
    add_library(Reelcut::OpenCV INTERFACE IMPORTED)
    set_target_properties(Reelcut::OpenCV PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${ReelcutOpenCV_INCLUDE_DIR}"
        INTERFACE_LINK_LIBRARIES "${ReelcutOpenCV_LIBRARIES}")
endif()
