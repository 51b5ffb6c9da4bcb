#include "cli/drill_output.h"

#include "core/shelter_status.h"
#include "services/drill_labels.h"

#include <nlohmann/json.hpp>

#include <ostream>

namespace bosai::cli {
namespace {

void print_supply_replan(std::ostream& out, const services::DrillState& s, const nlohmann::json& body) {
  out << "  物資輸送の再計画" << (body["after"] == "" ? "（基準）" : "（" + body["after"].get<std::string>() + " を受けて）")
      << "（物資の日 " << body["at"].get<std::string>() << "）: これからの配送 " << body["deliveries"] << " 件、未配送 "
      << body["unserved_jobs"] << " 件\n";
  for (const auto& r : body["routes"]) {
    out << "    " << services::drill_vehicle_name(s.checked, r["vehicle"]) << "\t" << services::route_change_label(r["change"]);
    if (!r["added"].empty()) out << "　追加 " << r["added"].size() << " 件";
    if (!r["removed"].empty()) out << "　外す " << r["removed"].size() << " 件";
    out << "\n";
  }
  for (const auto& u : body["plan"]["unserved"]) {
    bool newly = false;
    for (const auto& j : body["newly_unserved"]) newly = newly || j == u["job"];
    if (newly) out << "    未配送になった: " << u["name"].get<std::string>() << "（" << u["reason"].get<std::string>() << "）\n";
  }
}

void print_replan(std::ostream& out, const services::DrillState& s, const nlohmann::json& body) {
  if (body.value("model", "") == "supply") return print_supply_replan(out, s, body);
  out << "  再計算" << (body["after"] == "" ? "（基準）" : "（" + body["after"].get<std::string>() + " を受けて）")
      << ": 避難先あり " << body["placed"] << " 人、行き先なし " << body["unplaced"] << " 人、延べ "
      << static_cast<long>(body["person_km"].get<double>()) << " 人・km\n";
  for (const auto& m : body["moves"]) {
    out << "    " << services::drill_shelter_name(s.checked, m["from"]) << " → " << services::drill_shelter_name(s.checked, m["to"]) << "\t" << m["count"] << " 人\n";
  }
}

}  // namespace

std::string drill_clock_text(const services::DrillState& s, int minute) {
  const int clock = (s.checked.scenario.start_minute + minute) % (24 * 60);
  return drills::drill_time_text(clock) + "（" + drills::drill_time_text(minute) + "）";
}

void print_step(std::ostream& out, store::Store& store, long id, const services::DrillStep& step) {
  const auto s = services::load_drill(store, id);
  for (const auto& ref : step.released) {
    const auto* i = s.checked.scenario.find_inject(ref);
    int minute = step.to;
    for (const auto& e : s.events) {
      if (e.kind == "inject" && e.ref == ref) minute = e.minute;
    }
    out << drill_clock_text(s, minute) << "\t" << drills::inject_kind_label(i->kind) << "\t" << i->synopsis << "\n";
  }
  for (const auto seq : step.replans) {
    for (const auto& e : s.events) {
      if (e.seq == seq) print_replan(out, s, nlohmann::json::parse(e.body));
    }
  }
  if (step.ended) out << "訓練 " << id << " を終了しました（" << drill_clock_text(s, s.clock) << "）\n";
}

void print_status(std::ostream& out, const services::DrillState& s, bool controller) {
  const auto& sc = s.checked.scenario;
  out << "訓練 " << s.drill.id << ": " << sc.name << "（" << drills::hazard_label(sc.hazard) << "、" << sc.start_day
      << "）\nいま " << drill_clock_text(s, s.clock) << (s.ended ? "　終了" : "") << "\n\n出たインジェクト\n";
  for (const auto& e : s.events) {
    if (e.kind == "inject") {
      const auto* i = sc.find_inject(e.ref);
      out << drill_clock_text(s, e.minute) << "\t" << i->id << "\t" << i->synopsis << "\n";
      if (controller && !i->expected.empty()) out << "\t\t期待される対応: " << i->expected << "\n";
    } else if (e.kind == "decision") {
      out << drill_clock_text(s, e.minute) << "\t決定（" << e.author << "、" << e.ref << " に）\t"
          << nlohmann::json::parse(e.body)["text"].get<std::string>() << "\n";
    }
  }
  out << "\n避難所の状態\n";
  for (const auto& [id, state] : s.world.shelter_states) {
    const auto status = parse_shelter_status(state);
    out << services::drill_shelter_name(s.checked, id) << "\t" << (status ? shelter_status_label(*status) : state) << "\n";
  }
  for (const auto& [id, n] : s.world.arrivals) out << services::drill_shelter_name(s.checked, id) << "\t到着 " << n << " 人\n";
  out << "閉塞区域 " << s.world.closed_areas.size() << "\n";
  if (!controller) return;
  out << "\nこれからのインジェクト（統制官のみ）\n";
  const std::set<std::string> out_already(s.released.begin(), s.released.end());
  for (const auto& i : sc.injects) {
    if (out_already.contains(i.id)) continue;
    out << (i.at ? drills::drill_time_text(*i.at) : "条件: " + i.contingency_for + " に応答がなければ") << "\t" << i.id << "\t"
        << i.synopsis << "\n";
  }
  out << "\n目標と評価\n";
  for (const auto& o : sc.objectives) {
    std::string ratings;
    for (const auto& e : s.events) {
      if (e.kind == "rating" && e.ref == o.id) {
        ratings += (ratings.empty() ? "" : " ") + nlohmann::json::parse(e.body)["rating"].get<std::string>() + "（" + e.author + "）";
      }
    }
    out << o.id << "\t" << o.title << "\t" << (ratings.empty() ? "未評価" : ratings) << "\n";
  }
}

}  // namespace bosai::cli
