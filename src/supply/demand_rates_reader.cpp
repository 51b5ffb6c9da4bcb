#include "supply/demand_rates_reader.h"

#include "plans/toml_fields.h"

#include <set>

namespace bosai::supply {
namespace {

class Reader : plans::TomlFields {
 public:
  using TomlFields::TomlFields;

  DemandRates read(const toml::table& root) const {
    DemandRates rates;
    if (const auto* groups = root.get_as<toml::table>("groups")) rates.default_shares = shares(*groups);
    rates.default_shares["all"] = 1.0;
    if (const auto* profiles = root.get_as<toml::table>("district")) read_profiles(*profiles, rates);

    const auto* items = root.get_as<toml::array>("item");
    if (!items || items->empty()) throw InputError(file(), 0, "item", "no [[item]] defined");
    std::set<std::string> codes;
    each(root, "item", [&](const toml::table& t) {
      SupplyItem item;
      item.code = text(t, "code", true);
      item.name = text(t, "name", true);
      item.name_en = text(t, "name_en", false);
      item.unit = text(t, "unit", true);
      item.group = text(t, "group", false, "all");
      item.per_person_per_day = number(t, "per_person_per_day", true);
      item.once = flag(t, "once");
      item.occupants_only = flag(t, "occupants_only");
      item.weight_kg = number(t, "weight_kg", true);
      item.volume_l = number(t, "volume_l", true);
      if (!codes.insert(item.code).second) fail(*t.get("code"), "code", "duplicate item '" + item.code + "'");
      if (!rates.default_shares.count(item.group)) fail(*t.get("group"), "group", "unknown group '" + item.group + "'");
      rates.items.push_back(std::move(item));
    });
    return rates;
  }

 private:
  GroupShares shares(const toml::table& t) const {
    GroupShares out;
    for (const auto& [key, node] : t) {
      const auto v = node.value<double>();
      if (!v || *v < 0 || *v > 1) fail(node, std::string(key.str()), "a group share must be a number from 0 to 1");
      out[std::string(key.str())] = *v;
    }
    return out;
  }

  void read_profiles(const toml::table& profiles, DemandRates& rates) const {
    for (const auto& [code, node] : profiles) {
      const std::string district(code.str());
      const auto* t = node.as_table();
      if (!t) fail(node, district, "must be a table of group shares: [district." + district + "]");
      for (const auto& [group, value] : *t) {
        if (!rates.default_shares.count(std::string(group.str()))) {
          fail(value, std::string(group.str()), "unknown group (define it under [groups] first)");
        }
      }
      rates.district_shares[district] = shares(*t);
    }
  }
};

}  // namespace

DemandRates parse_demand_rates(const std::string& toml_text, const std::string& file_name) {
  return Reader(file_name).read(plans::parse_toml(toml_text, file_name));
}

DemandRates read_demand_rates(const std::filesystem::path& file) {
  return parse_demand_rates(plans::read_text_file(file), file.string());
}

}  // namespace bosai::supply
