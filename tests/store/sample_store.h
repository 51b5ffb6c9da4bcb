#pragma once
#include "core/ward_structure.h"
#include "people/session.h"
#include "store/store.h"

#include <filesystem>
#include <memory>
#include <string>

namespace bosai::test {

inline constexpr const char* kPassphrase = "correct horse battery staple";

// The shipped sample ward (plans/ward.toml): what `bosai init` loads.
WardStructure sample_ward();
// The header and the first `rows` entries of the shipped synthetic register (plans/sample-people.csv).
std::string sample_register(int rows);
// The header and the first `rows` records of the shipped shelter sample, written to `file`.
void write_sample_shelters(const std::filesystem::path& file, int rows);

// Opens (creating) the store in `file`: the sample ward loaded and the people key set up by ward staff.
std::unique_ptr<store::Store> open_sample_store(const std::filesystem::path& file);
// A ward-staff session on `store`.
std::unique_ptr<people::Session> staff_session(store::Store& store);

}  // namespace bosai::test
