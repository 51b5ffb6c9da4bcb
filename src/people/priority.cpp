#include "people/priority.h"

#include <cstdio>

namespace bosai::people {
namespace {

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s += '0';
  return s;
}

std::string reasons(const Priority& p, const std::string& factor, const std::string& joiner) {
  std::string out;
  for (const auto& t : p.terms) {
    if (t.factor != factor) continue;
    if (!out.empty()) out += joiner;
    out += t.reason + " " + number(t.weight);
  }
  return out;
}

}  // namespace

Priority priority_of(const PersonProfile& f, const PriorityWeights& w) {
  Priority p;
  auto add = [&p](const char* factor, const std::string& reason, double weight) {
    p.terms.push_back(PriorityTerm{factor, reason, weight});
  };
  if (f.hazards.flood) add("hazard", "浸水想定区域", w.flood);
  if (f.hazards.landslide) add("hazard", "土砂災害警戒区域", w.landslide);
  if (f.hazards.dense_wooden) add("hazard", "木造住宅密集地域", w.dense_wooden);
  for (const auto& t : p.terms) p.hazard += t.weight;

  if (const auto it = w.care_level.find(f.care_level); it != w.care_level.end()) {
    add("condition", f.care_level, it->second);
  }
  if (const auto it = w.disability_grade.find(f.disability_grade); it != w.disability_grade.end()) {
    add("condition", "身体障害" + std::to_string(f.disability_grade) + "級", it->second);
  }
  if (f.medical_device) add("condition", "医療機器", w.medical_device);
  for (const auto& t : p.terms) {
    if (t.factor == "condition" && t.weight > p.condition) p.condition = t.weight;
  }

  const double household = f.household == Household::kAlone         ? w.alone
                           : f.household == Household::kElderlyOnly ? w.elderly_only
                                                                    : w.with_others;
  add("isolation", household_label(f.household), household);
  p.isolation = household;
  if (f.isolated) {
    add("isolation", "孤立", w.isolated);
    p.isolation *= w.isolated;
  }
  p.score = p.hazard * p.condition * p.isolation;
  p.high = w.high_priority > 0 && p.score >= w.high_priority;
  return p;
}

std::string explain(const Priority& p) {
  const std::string hazard = reasons(p, "hazard", " + ");
  const std::string condition = reasons(p, "condition", ", ");
  return "災害リスク " + number(p.hazard) + " (1" + (hazard.empty() ? "" : " + " + hazard) + ") × 心身の状況 " +
         number(p.condition) + " (" + (condition.empty() ? "該当なし 1" : "最大: " + condition) + ") × 孤立 " +
         number(p.isolation) + " (" + reasons(p, "isolation", " × ") + ") = " + number(p.score);
}

}  // namespace bosai::people
