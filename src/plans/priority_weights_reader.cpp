#include "plans/priority_weights_reader.h"

#include "plans/toml_fields.h"

#include <set>

namespace bosai::plans {
namespace {

const toml::table& table(const TomlFields& f, const toml::table& root, const std::string& key) {
  const auto* t = root.get_as<toml::table>(key);
  if (!t) throw InputError(f.file(), 0, key, "missing [" + key + "] table");
  return *t;
}

double weight(const TomlFields& f, const toml::node& node, const std::string& key) {
  const auto v = node.value<double>();
  if (!v || *v < 0) f.fail(node, key, "must be a number, 0 or more");
  return *v;
}

}  // namespace

PriorityWeights parse_priority_weights(const std::string& toml_text, const std::string& file_name) {
  const TomlFields f(file_name);
  const auto root = parse_toml(toml_text, file_name);
  PriorityWeights w;
  const auto& hazard = table(f, root, "hazard");
  w.flood = f.number(hazard, "flood", true);
  w.landslide = f.number(hazard, "landslide", true);
  w.dense_wooden = f.number(hazard, "dense_wooden", true);

  const auto& condition = table(f, root, "condition");
  w.medical_device = f.number(condition, "medical_device", true);
  static const std::set<std::string> kLevels = {"要支援1", "要支援2", "要介護1", "要介護2",
                                                "要介護3", "要介護4", "要介護5"};
  for (const auto& [key, node] : table(f, condition, "care_level")) {
    const std::string level(key.str());
    if (!kLevels.count(level)) f.fail(node, level, "not a care level (要支援1–2, 要介護1–5)");
    w.care_level[level] = weight(f, node, level);
  }
  for (const auto& [key, node] : table(f, condition, "disability_grade")) {
    const std::string grade(key.str());
    if (grade.size() != 1 || grade[0] < '1' || grade[0] > '6') f.fail(node, grade, "grades are \"1\" to \"6\"");
    w.disability_grade[grade[0] - '0'] = weight(f, node, grade);
  }

  const auto& isolation = table(f, root, "isolation");
  w.alone = f.number(isolation, "alone", true);
  w.elderly_only = f.number(isolation, "elderly_only", true);
  w.with_others = f.number(isolation, "with_others", true);
  w.isolated = f.number(isolation, "isolated", true);
  w.high_priority = f.number(table(f, root, "threshold"), "high_priority", true);
  return w;
}

PriorityWeights read_priority_weights(const std::filesystem::path& file) {
  return parse_priority_weights(read_text_file(file), file.string());
}

}  // namespace bosai::plans
