#include "services/corrective_actions.h"

#include "core/calendar_date.h"
#include "core/error.h"
#include "services/document_links.h"
#include "services/drill_run.h"

#include <algorithm>

namespace bosai::services {
namespace {

bool same_section(const documents::DocumentRef& a, const documents::DocumentRef& b) {
  return a.kind == b.kind && a.owner == b.owner && a.section == b.section;
}

}  // namespace

long open_corrective_action(store::Store& store, store::CorrectiveAction action) {
  const auto drill = load_drill(store, action.drill_id);
  const auto* objective = drill.checked.scenario.find_objective(action.objective);
  if (!objective) {
    throw InputError("", 0, "objective", "目標 '" + action.objective + "' は訓練 " + std::to_string(action.drill_id) + " にありません");
  }
  const auto linked = resolve_document_ref(store, action.ref);
  const bool named = std::any_of(objective->refs.begin(), objective->refs.end(), [&](const drills::Written& w) {
    return same_section(drill.checked.refs.at(w.text).ref, linked.ref);
  });
  if (!named) {
    std::string refs;
    for (const auto& w : objective->refs) refs += (refs.empty() ? "" : ", ") + w.text;
    throw InputError("", 0, "ref", action.ref + ": 目標 " + action.objective + " が扱う節ではありません（" + refs + "）");
  }
  if (action.finding.empty()) throw InputError("", 0, "finding", "何が分かったか（所見）を書いてください");
  if (action.action.empty()) throw InputError("", 0, "action", "何をするか（改善策）を書いてください");
  if (action.owner.empty()) throw InputError("", 0, "owner", "担当（誰がするか）を書いてください");
  const auto due = normalise_date(action.due_on);
  if (!due) throw InputError("", 0, "due", "'" + action.due_on + "': 期限は YYYY-MM-DD で書いてください");
  action.due_on = *due;
  action.ref = documents::format_document_ref(linked.ref);
  return store.actions().add(action);
}

void close_corrective_action(store::Store& store, long id, const std::string& note, const std::string& today) {
  store.actions().close(id, std::nullopt, today, note);
}

std::vector<long> close_exercised_actions(store::Store& store, long drill_id, const CheckedDrill& drill,
                                          const std::string& objective, const std::string& rating,
                                          const std::string& today) {
  std::vector<long> closed;
  if (rating != "P" && rating != "S") return closed;
  const auto* o = drill.scenario.find_objective(objective);
  for (const auto& a : store.actions().list()) {
    if (a.status != "open" || a.drill_id >= drill_id) continue;
    const auto ref = documents::parse_document_ref(a.ref);
    for (const auto& w : o->refs) {
      const auto& linked = drill.refs.at(w.text);
      if (!same_section(linked.ref, ref)) continue;
      store.actions().close(a.id, drill_id, today,
                            "訓練 " + std::to_string(drill_id) + " の目標 " + objective + " でこの節を演習し、評価 " + rating);
      closed.push_back(a.id);
      break;
    }
  }
  return closed;
}

}  // namespace bosai::services
