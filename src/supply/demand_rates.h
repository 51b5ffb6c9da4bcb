#pragma once
#include "supply/supply_item.h"

#include <map>
#include <string>
#include <vector>

namespace bosai::supply {

// Share of people in each named group ("infant" → 0.008 …). "all" is always 1.
using GroupShares = std::map<std::string, double>;

// The editable planning table (plans/supply-rates.toml): the national push-support baseline of 8 items plus
// water, ward-default group shares, and per-地区 overrides from each 地区's risk profile (防災カルテ).
struct DemandRates {
  std::vector<SupplyItem> items;
  GroupShares default_shares;
  std::map<std::string, GroupShares> district_shares;  // 地区 code → overrides

  // The ward default with the 地区's own figures laid over it.
  GroupShares shares_for(const std::string& district_code) const;
};

}  // namespace bosai::supply
