#pragma once
#include "core/district.h"
#include "core/karte.h"
#include "core/priority_weights.h"
#include "people/progress.h"
#include "people/session.h"
#include "report/shelter_summary.h"
#include "store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace bosai::report {

// A 地区's 防災カルテ as shown: the imported figures of one edition, and beside them what the karte must not
// copy by hand because it changes every week: the 地区's shelters and their capacity (from the registry, as
// summarise_shelters counts them) and the 要支援者 and plan progress (from the register, as `people progress`
// counts them: counts only, and only when a people session is open).
struct KarteProfile {
  District district;
  std::optional<DistrictKarte> karte;  // none: this edition has no karte for the 地区
  DistrictShelterSummary shelters;
  std::optional<people::DistrictProgress> support;  // none: no people session (no --role)
};

// The ratios that make 地区 of different size comparable; each is unknown when a figure it needs is.
struct KarteRatios {
  std::optional<double> aging_rate;             // 高齢化率 %: 65歳以上 ÷ 人口
  std::optional<double> late_elderly_rate;      // 75歳以上 ÷ 人口, %
  std::optional<double> density;                // 人口密度, people per km²
  std::optional<double> support_per_1000;       // 要支援者 (registered) per 1,000 residents
  std::optional<double> capacity_per_resident;  // 避難所収容人数 ÷ 人口
};
KarteRatios karte_ratios(const KarteProfile& profile);

// What the live figures are counted with. `session` may be null: then no 要支援者 figures.
struct KarteLiveInputs {
  std::string today;  // shelters in effect on this day; reviews overdue before it
  people::Session* session = nullptr;
  PriorityWeights weights;
};

// One 地区 (code or name). `edition` empty: the 地区's latest. NotFoundError for an unknown 地区, an edition the
// store does not hold, or a 地区 without any karte.
KarteProfile karte_profile(store::Store& store, const std::string& district, const std::string& edition,
                           const KarteLiveInputs& live);

// Several 地区 in one edition, for a table across 地区. `districts` empty: every 地区 the edition holds, in ward
// order; `edition` empty: the latest edition in the store.
struct KarteTable {
  std::string edition;
  std::vector<KarteProfile> rows;
};
KarteTable karte_table(store::Store& store, const std::vector<std::string>& districts, const std::string& edition,
                       const KarteLiveInputs& live);

// One figure in two editions: either side may be unknown, and then so is the change.
struct KarteFigureChange {
  const KarteFigureSpec* spec = nullptr;
  std::optional<KarteFigure> from;
  std::optional<KarteFigure> to;
  std::optional<double> change() const;
};
struct KarteEditionChanges {
  District district;
  std::vector<KarteFigureChange> figures;  // every figure known in either edition, in karte order
};
struct KarteEditionComparison {
  std::string from_edition;
  std::string to_edition;
  std::vector<KarteEditionChanges> districts;
};
// `districts` empty: every 地区 with a karte in both editions. A named 地区 needs a karte in both.
KarteEditionComparison compare_karte_editions(store::Store& store, const std::vector<std::string>& districts,
                                              const std::string& from_edition, const std::string& to_edition);

}  // namespace bosai::report
