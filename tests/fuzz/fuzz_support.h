#pragma once

// Shared by the harnesses: Qt and the effects set up once, and the input as a file (the
// media layer opens files only, by design; /dev/shm keeps it in memory).

#include <boost/filesystem/path.hpp>
#include <cstddef>
#include <cstdint>
#include <string>

namespace reelcut::fuzz {

// Creates the QGuiApplication (offscreen) and registers the effects, once.
void setUp();
// Writes the input to a private file with the given extension and returns its path; the
// same path is reused for every input of the process.
boost::filesystem::path inputFile(const std::uint8_t* data, std::size_t size,
                                  const std::string& extension);

} // namespace reelcut::fuzz
