#include "plans/ward_structure_reader.h"

#include "core/error.h"

#include <toml++/toml.h>

#include <fstream>
#include <set>
#include <sstream>

namespace bosai::plans {
namespace {

class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  [[noreturn]] void fail(const toml::node& at, const std::string& key, const std::string& message) const {
    throw InputError(file_, static_cast<long>(at.source().begin.line), key, message);
  }

  std::string text(const toml::table& t, const std::string& key, bool required) const {
    const toml::node* node = t.get(key);
    if (!node) {
      if (required) fail(t, key, "missing (required)");
      return {};
    }
    const auto* value = node->as_string();
    if (!value) fail(*node, key, "must be a quoted string");
    if (required && value->get().empty()) fail(*node, key, "must not be empty");
    return value->get();
  }

  std::optional<long> count(const toml::table& t, const std::string& key) const {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    const auto* value = node->as_integer();
    if (!value || value->get() < 0) fail(*node, key, "must be a whole number, 0 or more");
    return static_cast<long>(value->get());
  }

  std::optional<double> number(const toml::table& t, const std::string& key) const {
    const toml::node* node = t.get(key);
    if (!node) return std::nullopt;
    if (auto v = node->value<double>()) return *v;
    fail(*node, key, "must be a number");
  }

  // Yields each [[name]] table, refusing anything else under that key.
  template <typename F>
  void each(const toml::table& root, const std::string& name, F&& visit) const {
    const toml::node* node = root.get(name);
    if (!node) return;
    const auto* array = node->as_array();
    if (!array) fail(*node, name, "must be written as [[" + name + "]] tables");
    for (const auto& item : *array) {
      const auto* t = item.as_table();
      if (!t) fail(item, name, "must be written as [[" + name + "]] tables");
      visit(*t);
    }
  }

  void unique(std::set<std::string>& seen, const toml::table& t, const std::string& code, const std::string& what) {
    if (!seen.insert(code).second) fail(*t.get("code"), "code", "duplicate " + what + " code '" + code + "'");
  }

  void known(const std::set<std::string>& codes, const toml::table& t, const std::string& key,
             const std::string& value, const std::string& what) const {
    if (!codes.count(value)) fail(*t.get(key), key, "unknown " + what + " '" + value + "'");
  }

  WardStructure read(const toml::table& root) {
    WardStructure out;
    const auto* ward = root.get_as<toml::table>("ward");
    if (!ward) throw InputError(file_, 1, "ward", "missing [ward] table");
    out.ward = Ward{text(*ward, "code", true), text(*ward, "name", true), text(*ward, "name_kana", false),
                    text(*ward, "name_en", false)};

    std::set<std::string> regions, districts, chome, associations;
    each(root, "region", [&](const toml::table& t) {
      Region r{text(t, "code", true), out.ward.code, text(t, "name", true), text(t, "name_en", false),
               text(t, "branch_office", false)};
      unique(regions, t, r.code, "地域 (region)");
      out.regions.push_back(std::move(r));
    });
    each(root, "district", [&](const toml::table& t) {
      District d{text(t, "code", true), text(t, "region", true), text(t, "name", true), text(t, "name_en", false),
                 text(t, "centre", false), text(t, "boundary", false)};
      unique(districts, t, d.code, "地区 (district)");
      known(regions, t, "region", d.region_code, "地域 (region)");
      out.districts.push_back(std::move(d));
    });
    each(root, "chome", [&](const toml::table& t) {
      Chome c{text(t, "code", true), text(t, "district", true), text(t, "name", true), std::nullopt,
              count(t, "population"), count(t, "households")};
      unique(chome, t, c.code, "町丁目 (chome)");
      known(districts, t, "district", c.district_code, "地区 (district)");
      const auto lat = number(t, "lat");
      const auto lon = number(t, "lon");
      if (lat.has_value() != lon.has_value()) fail(t, "lat", "lat and lon go together");
      if (lat) {
        c.point = GeoPoint{*lat, *lon};
        if (!is_valid_wgs84(*c.point)) fail(*t.get("lat"), "lat", "not a WGS84 position");
      }
      out.chome.push_back(std::move(c));
    });
    each(root, "association", [&](const toml::table& t) {
      Association a{text(t, "code", true), text(t, "district", true), text(t, "name", true)};
      unique(associations, t, a.code, "町会・自治会 (association)");
      known(districts, t, "district", a.district_code, "地区 (district)");
      out.associations.push_back(std::move(a));
    });
    if (out.regions.empty()) throw InputError(file_, 0, "region", "no [[region]] (地域) defined");
    if (out.districts.empty()) throw InputError(file_, 0, "district", "no [[district]] (地区) defined");
    return out;
  }

 private:
  std::string file_;
};

}  // namespace

WardStructure parse_ward_structure(const std::string& toml_text, const std::string& file_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& e) {
    throw InputError(file_name, static_cast<long>(e.source().begin.line), std::string(e.description()));
  }
  return Reader(file_name).read(root);
}

WardStructure read_ward_structure(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw InputError(file.string(), 0, "cannot read file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_ward_structure(text.str(), file.string());
}

}  // namespace bosai::plans
