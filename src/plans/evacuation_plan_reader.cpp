#include "plans/evacuation_plan_reader.h"

#include "core/calendar_date.h"
#include "plans/toml_fields.h"

namespace bosai::plans {
namespace {

class Reader : TomlFields {
 public:
  using TomlFields::TomlFields;

  PlanFile read(const toml::table& root) {
    PlanFile out;
    auto& p = out.plan;
    p.hazard = choice(root, "hazard", parse_plan_hazard, "地震 or 風水害 (earthquake, storm)");
    p.status = choice(root, "status", parse_plan_status, "draft, agreed or shared (作成中, 合意済, 共有済)");
    p.author = choice(root, "author", parse_plan_author, "self, community or care_manager");
    p.created_on = date(root, "created", true);
    p.last_checked_on = date(root, "last_checked", false);
    if (p.last_checked_on.empty()) p.last_checked_on = p.created_on;
    p.next_review_on = date(root, "next_review", true);
    if (p.next_review_on < p.last_checked_on) fail(*root.get("next_review"), "next_review", "is before last_checked");
    p.safety_confirmation = text(root, "safety_confirmation", true);
    p.home_preparation = text(root, "home_preparation", false);
    const std::string route = text(root, "route_file", false);
    if (!route.empty()) out.route_file = std::filesystem::path(file()).parent_path() / route;

    const auto* destination = root.get_as<toml::table>("destination");
    if (!destination) throw InputError(file(), 0, "destination", "missing [destination] table");
    p.destination.kind = choice(*destination, "kind", parse_destination,
                                "shelter, welfare_shelter, relative or stay_home");
    p.destination.name = text(*destination, "name", p.destination.kind != DestinationKind::kStayHome);
    p.destination.address = text(*destination, "address", false);

    if (const auto* care = root.get_as<toml::table>("care")) {
      p.care.mobility = text(*care, "mobility", false);
      p.care.assistance = text(*care, "assistance", false);
      p.care.medical = text(*care, "medical", false);
      p.care.carry = strings(*care, "carry");
    }
    each(root, "supporter", [&](const toml::table& t) {
      p.supporters.push_back(Supporter{text(t, "name", true), text(t, "relation", true), text(t, "contact", true),
                                       text(t, "availability", false)});
    });
    each(root, "timeline", [&](const toml::table& t) {
      p.timeline.push_back(TimelineStep{text(t, "level", true), text(t, "action", true)});
    });
    if (p.hazard == PlanHazard::kStorm && p.timeline.empty()) {
      throw InputError(file(), 0, "timeline",
                       "a 風水害 plan needs [[timeline]] steps (when to leave at 警戒レベル3 高齢者等避難 …)");
    }
    return out;
  }

 private:
  template <typename E>
  E choice(const toml::table& t, const std::string& key, std::optional<E> (*parse)(const std::string&),
           const std::string& allowed) const {
    const std::string value = text(t, key, true);
    const auto parsed = parse(value);
    if (!parsed) fail(*t.get(key), key, "must be " + allowed);
    return *parsed;
  }

  std::string date(const toml::table& t, const std::string& key, bool required) const {
    const std::string value = text(t, key, required);
    if (value.empty()) return value;
    const auto normalised = normalise_date(value);
    if (!normalised) fail(*t.get(key), key, "not a date (YYYY-MM-DD)");
    return *normalised;
  }

  std::vector<std::string> strings(const toml::table& t, const std::string& key) const {
    std::vector<std::string> out;
    const toml::node* node = t.get(key);
    if (!node) return out;
    const auto* array = node->as_array();
    if (!array) fail(*node, key, "must be a list of strings, e.g. [\"お薬手帳\", \"眼鏡\"]");
    for (const auto& item : *array) {
      const auto* s = item.as_string();
      if (!s) fail(item, key, "must be a list of strings");
      out.push_back(s->get());
    }
    return out;
  }
};

}  // namespace

PlanFile parse_evacuation_plan(const std::string& toml_text, const std::string& file_name) {
  return Reader(file_name).read(parse_toml(toml_text, file_name));
}

PlanFile read_evacuation_plan(const std::filesystem::path& file) {
  return parse_evacuation_plan(read_text_file(file), file.string());
}

}  // namespace bosai::plans
