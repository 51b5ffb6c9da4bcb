#pragma once
#include "report/karte_profile.h"

#include <nlohmann/json.hpp>

namespace bosai::cli {

// One figure with its 出典 and 時点; the value typed by kind (counts as integers, あり/なし as true/false).
nlohmann::json karte_figure_json(const KarteFigureSpec& spec, const KarteFigure& figure);
// A karte's figures as `karte show/compare --json` print them: every figure by key, null when unknown.
nlohmann::json karte_figures_json(const DistrictKarte* karte);
// A whole profile: 地区, edition, figures, the live shelter and register counts, and the ratios.
nlohmann::json karte_profile_json(const report::KarteProfile& profile);

}  // namespace bosai::cli
