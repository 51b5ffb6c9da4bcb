#include "routing/way_access.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace bosai::routing {
namespace {

constexpr double kWalkKmh = 4.5;
constexpr double kStepsKmh = 2.0;  // climbing: horizontal progress is slow
constexpr double kWheelchairKmh = 3.0;
constexpr double kMinWheelchairWidthM = 0.9;
constexpr double kMinVehicleWidthM = 1.8;  // narrower than a kei truck

// Typical urban travel speeds in Japan (km/h) when no maxspeed is tagged.
const std::unordered_map<std::string, double> kVehicleKmh = {
    {"motorway", 80},     {"motorway_link", 40}, {"trunk", 50},        {"trunk_link", 40},
    {"primary", 40},      {"primary_link", 30},  {"secondary", 40},    {"secondary_link", 30},
    {"tertiary", 30},     {"tertiary_link", 25}, {"unclassified", 25}, {"residential", 20},
    {"living_street", 10}, {"service", 15},      {"road", 20},
};

const std::unordered_set<std::string> kWalkable = {
    "footway",   "path",           "steps",          "pedestrian",    "living_street", "residential",
    "service",   "track",          "unclassified",   "tertiary",      "tertiary_link", "secondary",
    "secondary_link", "primary",   "primary_link",   "trunk",         "trunk_link",    "road",
    "corridor",  "platform",       "bridleway",
};

const std::unordered_set<std::string> kRoughSurfaces = {"sand", "mud", "grass", "gravel", "dirt", "ground",
                                                        "pebblestone", "earth", "unpaved"};

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string tag_value(const geo::LineFeature& way, const std::string& key) {
  const std::string* v = way.tag(key);
  return v ? lower(*v) : std::string();
}

bool is_yes(const std::string& v) { return v == "yes" || v == "true" || v == "1" || v == "designated" || v == "permissive"; }
bool is_no(const std::string& v) { return v == "no" || v == "private" || v == "false" || v == "0" || v == "agricultural" || v == "forestry"; }

// The most specific access tag decides (OSM's access hierarchy), e.g. foot=yes beats access=no.
bool allowed(const geo::LineFeature& way, std::initializer_list<const char*> keys_most_specific_first) {
  for (const char* key : keys_most_specific_first) {
    const std::string v = tag_value(way, key);
    if (v.empty()) continue;
    if (is_no(v)) return false;
    return true;
  }
  return true;
}

double leading_number(std::string_view text, std::size_t& used) {
  std::string s(text);
  std::replace(s.begin(), s.end(), ',', '.');
  char* end = nullptr;
  const double value = std::strtod(s.c_str(), &end);
  used = static_cast<std::size_t>(end - s.c_str());
  return value;
}

}  // namespace

std::vector<std::string> highway_classes(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  if (text.front() != '[' && text.front() != '(') {
    out.push_back(lower(text));
    return out;
  }
  std::string_view body = text.substr(1, text.size() >= 2 ? text.size() - 2 : 0);
  if (text.front() == '(') {  // GDAL string list "(2:a,b)"
    const auto colon = body.find(':');
    if (colon != std::string_view::npos) body.remove_prefix(colon + 1);
  }
  std::size_t start = 0;
  while (start <= body.size()) {
    auto comma = body.find(',', start);
    if (comma == std::string_view::npos) comma = body.size();
    std::string item;
    for (char c : body.substr(start, comma - start)) {
      if (c != '\'' && c != '"' && c != ' ') item += c;
    }
    if (!item.empty()) out.push_back(lower(item));
    start = comma + 1;
  }
  return out;
}

std::optional<double> parse_maxspeed(std::string_view text) {
  std::optional<double> best;
  std::size_t start = 0;
  while (start <= text.size()) {  // "50;30": several values, the lower one is safe
    auto semi = text.find(';', start);
    if (semi == std::string_view::npos) semi = text.size();
    std::string v = lower(text.substr(start, semi - start));
    start = semi + 1;
    v.erase(0, v.find_first_not_of(' '));
    std::optional<double> kmh;
    if (v == "walk") {
      kmh = 7;
    } else if (v.find(':') != std::string::npos) {  // zone values such as RU:urban, DE:rural, JP:motorway
      const std::string zone = v.substr(v.find(':') + 1);
      if (zone == "urban" || zone == "zone30") kmh = zone == "urban" ? 50 : 30;
      else if (zone == "rural" || zone == "trunk") kmh = 90;
      else if (zone == "motorway") kmh = 100;
      else if (zone == "living_street" || zone == "walk") kmh = 10;
    } else if (!v.empty() && (std::isdigit(static_cast<unsigned char>(v[0])) || v[0] == '.')) {
      std::size_t used = 0;
      const double number = leading_number(v, used);
      const std::string unit = lower(v.substr(used));
      if (unit.find("mph") != std::string::npos) kmh = number * 1.609344;
      else if (unit.find("knot") != std::string::npos) kmh = number * 1.852;
      else kmh = number;
    }
    if (kmh && *kmh > 0 && (!best || *kmh < *best)) best = kmh;
  }
  return best;
}

std::optional<double> parse_width_m(std::string_view text) {
  std::string v = lower(text);
  v.erase(0, v.find_first_not_of(' '));
  if (v.empty() || !(std::isdigit(static_cast<unsigned char>(v[0])) || v[0] == '.')) return std::nullopt;
  std::size_t used = 0;
  double number = leading_number(v, used);
  std::string unit = v.substr(used);
  unit.erase(0, unit.find_first_not_of(' '));
  if (unit.rfind("cm", 0) == 0) number /= 100;
  else if (unit.rfind("mm", 0) == 0) number /= 1000;
  else if (unit.rfind("'", 0) == 0 || unit.rfind("ft", 0) == 0) number *= 0.3048;
  if (!(number > 0) || number > 200) return std::nullopt;
  return number;
}

WayAccess way_access(const geo::LineFeature& way, Profile profile) {
  WayAccess access;
  const std::string* highway_tag = way.tag("highway");
  if (!highway_tag || is_yes(tag_value(way, "area"))) return access;
  const std::string width_text = tag_value(way, "width").empty() ? tag_value(way, "est_width") : tag_value(way, "width");
  const std::optional<double> width = parse_width_m(width_text);

  std::string highway;  // the first class of a merged list that this profile may use
  for (const auto& c : highway_classes(*highway_tag)) {
    const bool ok = profile == Profile::kVehicle ? kVehicleKmh.count(c) > 0
                    : c == "cycleway"              ? is_yes(tag_value(way, "foot"))
                                                   : kWalkable.count(c) > 0;
    if (ok) {
      highway = c;
      break;
    }
  }
  if (highway.empty()) return access;

  if (profile == Profile::kVehicle) {
    if (!allowed(way, {"motorcar", "motor_vehicle", "vehicle", "access"})) return access;
    if (width && *width < kMinVehicleWidthM) return access;
    const std::string oneway = tag_value(way, "oneway");
    const std::string junction = tag_value(way, "junction");
    if (oneway == "reversible" || oneway == "alternating") return access;  // direction depends on the hour
    const bool implied = junction == "roundabout" || junction == "circular" || highway == "motorway";
    if (oneway == "-1" || oneway == "reverse") {
      access.backward = true;
    } else if (oneway == "yes" || oneway == "true" || oneway == "1" || (implied && oneway != "no" && oneway != "false" && oneway != "0")) {
      access.forward = true;
    } else {
      access.forward = access.backward = true;
    }
    const std::optional<double> maxspeed = parse_maxspeed(tag_value(way, "maxspeed"));
    access.speed_kmh = maxspeed ? *maxspeed : kVehicleKmh.at(highway);
    return access;
  }

  if (!allowed(way, {"foot", "access"})) return access;
  if (profile == Profile::kWheelchair) {
    const std::string wheelchair = tag_value(way, "wheelchair");
    if (wheelchair == "no") return access;
    const bool declared_ok = is_yes(wheelchair) || is_yes(tag_value(way, "ramp:wheelchair"));
    if (!declared_ok) {
      if (highway == "steps" || highway == "track") return access;
      if (kRoughSurfaces.count(tag_value(way, "surface"))) return access;
    }
    if (width && *width < kMinWheelchairWidthM) return access;
  }
  access.forward = access.backward = true;  // one-way streets bind vehicles, not people on foot
  access.speed_kmh = profile == Profile::kWheelchair ? kWheelchairKmh : highway == "steps" ? kStepsKmh : kWalkKmh;
  return access;
}

}  // namespace bosai::routing
