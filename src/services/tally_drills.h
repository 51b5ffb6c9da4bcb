#pragma once
#include "core/tally_count.h"
#include "core/tally_drill.h"
#include "store/store.h"
#include "tally/tally_summary.h"
#include "text/text_encoding.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bosai::services {

// 安否確認標識掲出訓練, the OK/SOS sign tally (docs/community-drills.md): a drill file names the day, the window
// and the blocks; block leaders' reports come from the paper form (CSV) or one at a time; the rates are worked
// out per block, 地区 and dwelling type, over the morning and against last year's drill.

// Reads a drill file ([tally] name, date, start, end, districts, blocks = "….csv") and its blocks against the
// store's ward: each 地区 and 町会 must exist (a 町会 of the block's 地区), a block's point must lie in WGS84 and
// inside its 地区's boundary when the ward has one. InputError (ImportRejected for the blocks CSV, listing
// every bad cell) names the file, line and column.
TallyDrill read_tally_drill(store::Store& store, const std::filesystem::path& file);

// Reads block leaders' reports (CSV `block,time,households,ok,sos,no_sign,visited`; Japanese headers accepted,
// households optional) against the drill. ImportRejected lists every bad cell: an unknown block, a time outside
// the drill's window, more signs than households, more households called at than there are.
std::vector<TallyCount> read_tally_counts(std::string_view bytes, const std::string& file, const TallyDrill& drill,
                                          text::TextEncoding encoding = text::TextEncoding::kAuto);

// One report checked as a row would be; InputError on the field at fault ("block", "time", "ok" …).
void check_tally_count(const TallyDrill& drill, const TallyCount& count);

// Stores the drill with its blocks; returns its id. InputError on field "name" when a drill of that name and
// date is stored already (the same file imported twice).
long create_tally_drill(store::Store& store, const std::filesystem::path& file);
// NotFoundError on field "tally" for an unknown id.
TallyDrill find_tally_drill(store::Store& store, long id);
// The whole file or nothing; returns how many reports were added.
std::size_t import_tally_counts(store::Store& store, long id, const std::filesystem::path& file,
                                const std::string& entered_by);
void add_tally_count(store::Store& store, long id, const TallyCount& count);

// The drill's figures from the reports up to `at` (a time of day; none: all of them).
struct TallyResult {
  TallyDrill drill;
  tally::TallySummary summary;
  std::optional<TallyDrill> previous;  // the latest earlier drill sharing blocks with this one
  std::optional<tally::Comparison> comparison;
};
TallyResult tally_result(store::Store& store, long id, std::optional<Minutes> at = std::nullopt);

}  // namespace bosai::services
