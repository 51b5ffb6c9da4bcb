#include "plans/ward_structure_reader.h"

#include "plans/toml_fields.h"

#include <set>

namespace bosai::plans {
namespace {

class Reader : TomlFields {
 public:
  using TomlFields::TomlFields;

  WardStructure read(const toml::table& root) {
    WardStructure out;
    const auto* ward = root.get_as<toml::table>("ward");
    if (!ward) throw InputError(file(), 1, "ward", "missing [ward] table");
    out.ward = Ward{text(*ward, "code", true), text(*ward, "name", true), text(*ward, "name_kana", false),
                    text(*ward, "name_en", false)};

    each(root, "region", [&](const toml::table& t) {
      Region r{text(t, "code", true), out.ward.code, text(t, "name", true), text(t, "name_en", false),
               text(t, "branch_office", false)};
      unique(regions_, t, r.code, "地域 (region)");
      out.regions.push_back(std::move(r));
    });
    each(root, "district", [&](const toml::table& t) {
      District d{text(t, "code", true), text(t, "region", true), text(t, "name", true), text(t, "name_en", false),
                 text(t, "centre", false), text(t, "boundary", false)};
      unique(districts_, t, d.code, "地区 (district)");
      known(regions_, t, "region", d.region_code, "地域 (region)");
      out.districts.push_back(std::move(d));
    });
    each(root, "chome", [&](const toml::table& t) { out.chome.push_back(read_chome(t)); });
    each(root, "association", [&](const toml::table& t) {
      Association a{text(t, "code", true), text(t, "district", true), text(t, "name", true)};
      unique(associations_, t, a.code, "町会・自治会 (association)");
      known(districts_, t, "district", a.district_code, "地区 (district)");
      out.associations.push_back(std::move(a));
    });
    if (out.regions.empty()) throw InputError(file(), 0, "region", "no [[region]] (地域) defined");
    if (out.districts.empty()) throw InputError(file(), 0, "district", "no [[district]] (地区) defined");
    return out;
  }

 private:
  Chome read_chome(const toml::table& t) {
    Chome c{text(t, "code", true), text(t, "district", true), text(t, "name", true), std::nullopt,
            count(t, "population"), count(t, "households")};
    unique(chome_, t, c.code, "町丁目 (chome)");
    known(districts_, t, "district", c.district_code, "地区 (district)");
    const auto lat = optional_number(t, "lat");
    const auto lon = optional_number(t, "lon");
    if (lat.has_value() != lon.has_value()) fail(t, "lat", "lat and lon go together");
    if (lat) {
      c.point = GeoPoint{*lat, *lon};
      if (!is_valid_wgs84(*c.point)) fail(*t.get("lat"), "lat", "not a WGS84 position");
    }
    return c;
  }

  void unique(std::set<std::string>& seen, const toml::table& t, const std::string& code, const std::string& what) {
    if (!seen.insert(code).second) fail(*t.get("code"), "code", "duplicate " + what + " code '" + code + "'");
  }

  void known(const std::set<std::string>& codes, const toml::table& t, const std::string& key,
             const std::string& value, const std::string& what) const {
    if (!codes.count(value)) fail(*t.get(key), key, "unknown " + what + " '" + value + "'");
  }

  std::set<std::string> regions_, districts_, chome_, associations_;
};

}  // namespace

WardStructure parse_ward_structure(const std::string& toml_text, const std::string& file_name) {
  return Reader(file_name).read(parse_toml(toml_text, file_name));
}

WardStructure read_ward_structure(const std::filesystem::path& file) {
  return parse_ward_structure(read_text_file(file), file.string());
}

}  // namespace bosai::plans
