#include "supply/demand_rates_reader.h"

#include "core/error.h"

#include <toml++/toml.h>

#include <fstream>
#include <set>
#include <sstream>

namespace bosai::supply {
namespace {

struct Reader {
  std::string file;

  [[noreturn]] void fail(const toml::node& at, const std::string& key, const std::string& message) const {
    throw InputError(file, static_cast<long>(at.source().begin.line), key, message);
  }

  std::string text(const toml::table& t, const std::string& key, bool required) const {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) fail(t, key, "missing (required)");
      return {};
    }
    if (!node->is_string() || (required && node->as_string()->get().empty())) fail(*node, key, "must be a non-empty string");
    return node->as_string()->get();
  }

  double number(const toml::table& t, const std::string& key, bool required) const {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) fail(t, key, "missing (required)");
      return 0;
    }
    const auto v = node->value<double>();
    if (!v || *v < 0) fail(*node, key, "must be a number, 0 or more");
    return *v;
  }

  bool flag(const toml::table& t, const std::string& key) const {
    const toml::node* node = t.get(key);
    if (!node) return false;
    if (!node->is_boolean()) fail(*node, key, "must be true or false");
    return node->as_boolean()->get();
  }

  GroupShares shares(const toml::table& t) const {
    GroupShares out;
    for (const auto& [key, node] : t) {
      const std::string name(key.str());
      const auto v = node.value<double>();
      if (!v || *v < 0 || *v > 1) fail(node, name, "a group share must be a number from 0 to 1");
      out[name] = *v;
    }
    return out;
  }

  DemandRates read(const toml::table& root) const {
    DemandRates rates;
    if (const auto* groups = root.get_as<toml::table>("groups")) rates.default_shares = shares(*groups);
    rates.default_shares["all"] = 1.0;

    if (const auto* profiles = root.get_as<toml::table>("district")) {
      for (const auto& [code, node] : *profiles) {
        const auto* t = node.as_table();
        if (!t) fail(node, std::string(code.str()), "must be a table of group shares: [district." + std::string(code.str()) + "]");
        for (const auto& [group, value] : *t) {
          if (!rates.default_shares.count(std::string(group.str()))) {
            fail(value, std::string(group.str()), "unknown group (define it under [groups] first)");
          }
        }
        rates.district_shares[std::string(code.str())] = shares(*t);
      }
    }

    const auto* items = root.get_as<toml::array>("item");
    if (!items || items->empty()) throw InputError(file, 0, "item", "no [[item]] defined");
    std::set<std::string> codes;
    for (const auto& node : *items) {
      const auto* t = node.as_table();
      if (!t) fail(node, "item", "must be written as [[item]] tables");
      SupplyItem item;
      item.code = text(*t, "code", true);
      item.name = text(*t, "name", true);
      item.name_en = text(*t, "name_en", false);
      item.unit = text(*t, "unit", true);
      item.group = t->get("group") ? text(*t, "group", true) : "all";
      item.per_person_per_day = number(*t, "per_person_per_day", true);
      item.once = flag(*t, "once");
      item.occupants_only = flag(*t, "occupants_only");
      item.weight_kg = number(*t, "weight_kg", true);
      item.volume_l = number(*t, "volume_l", true);
      if (!codes.insert(item.code).second) fail(*t->get("code"), "code", "duplicate item '" + item.code + "'");
      if (!rates.default_shares.count(item.group)) fail(*t->get("group"), "group", "unknown group '" + item.group + "'");
      rates.items.push_back(std::move(item));
    }
    return rates;
  }
};

}  // namespace

DemandRates parse_demand_rates(const std::string& toml_text, const std::string& file_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& e) {
    throw InputError(file_name, static_cast<long>(e.source().begin.line), std::string(e.description()));
  }
  return Reader{file_name}.read(root);
}

DemandRates read_demand_rates(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot read file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_demand_rates(text.str(), file.string());
}

}  // namespace bosai::supply
