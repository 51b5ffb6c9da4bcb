#pragma once
#include "report/karte_profile.h"

#include <string>

namespace bosai::report {

// A 地区's 防災カルテ as an A4 page: every figure with its 出典 and 時点 (不明 where nobody knows it), then
// what is counted live (the 地区's shelters and capacity from the registry; the 要支援者 and plan progress
// from the register, counts only, when the profile has them) and the ratios that compare 地区. As an HTML
// fragment, for a plan's print, and as a whole sheet for `karte show --pdf|--html`.
std::string karte_section_html(const KarteProfile& profile);
std::string karte_page_html(const KarteProfile& profile);

}  // namespace bosai::report
