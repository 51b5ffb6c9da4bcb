#pragma once
#include "core/tally_count.h"
#include "core/tally_drill.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace bosai::tally {

// Counts added up over blocks. Rates are sums over sums (Σposted / Σhouseholds), never a mean of block rates:
// a block of 150 apartments weighs more than one of 15 houses, as it does on the street.
struct TallyFigures {
  long households = 0;
  long ok = 0;
  long sos = 0;
  long no_sign = 0;
  long visited = 0;

  long posted() const { return ok + sos; }
  long checked() const { return ok + sos + no_sign; }
  long unchecked() const { return households - checked(); }
  double posted_rate() const;   // 掲出率: households showing a sign (0 when there are no households)
  double checked_rate() const;  // 確認率: households the leaders checked
  void add(const TallyFigures& other);
};

enum class BlockStatus { kUnchecked, kPartial, kComplete };
const char* block_status_label(BlockStatus s);  // 未確認, 一部確認, 確認済み

// A block as its last report by the time asked for leaves it. A block with no report yet counts its listed
// households, none of them checked: an unchecked block lowers the rates instead of vanishing from them.
struct BlockResult {
  TallyBlock block;
  std::optional<TallyCount> last;
  TallyFigures figures;
  BlockStatus status = BlockStatus::kUnchecked;
};

struct TallySummary {
  std::optional<Minutes> at;  // the reports counted are those up to this time; none: all of them
  std::vector<BlockResult> blocks;                // in the drill's block order
  std::map<std::string, TallyFigures> districts;  // 地区 code → figures
  std::map<Dwelling, TallyFigures> dwellings;
  TallyFigures overall;
  // The whole drill area at each time a report came in (and at the start): how the rates rose over the morning.
  std::vector<std::pair<Minutes, TallyFigures>> over_time;

  std::vector<const BlockResult*> not_done() const;  // unchecked or partly checked, for the leaders still out
};

TallySummary summarise(const TallyDrill& drill, const std::vector<TallyCount>& counts,
                       std::optional<Minutes> at = std::nullopt);

// Year on year: this drill against an earlier one of the same area. Blocks are matched by id (a block renamed
// or split is not matched and is listed apart); 地区 and dwelling types by their totals.
struct Comparison {
  struct Row {
    std::string key;  // 地区 code, dwelling code, block id, or "" for the whole area
    std::optional<TallyFigures> before;
    std::optional<TallyFigures> now;
  };
  std::vector<Row> districts;
  std::vector<Row> dwellings;
  Row overall;
  std::vector<Row> blocks;            // blocks in both drills
  std::vector<std::string> only_now;  // block ids new this year
  std::vector<std::string> only_before;
};

Comparison compare(const TallySummary& now, const TallySummary& before);

}  // namespace bosai::tally
