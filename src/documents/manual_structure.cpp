#include "documents/manual_structure.h"

#include "core/error.h"

#include <algorithm>
#include <map>

namespace bosai::documents {
namespace {

std::string card_name(ManualRole role, ManualPhase phase) {
  return std::string(manual_role_label(role)) + "・" + manual_phase_label(phase);
}

bool has_unit(const DocumentSection& s, UnitKind kind) {
  return std::any_of(s.units.begin(), s.units.end(), [kind](const DocumentUnit& u) { return u.kind == kind; });
}

// `### 体育館` → 体育館
std::string heading_text(const std::string& line) {
  const auto b = line.find_first_not_of('#');
  if (b == std::string::npos) return "";
  const auto t = line.find_first_not_of(' ', b);
  return t == std::string::npos ? "" : line.substr(t);
}

}  // namespace

void check_manual_sections(const std::vector<DocumentSection>& sections, const std::string& file) {
  std::map<std::pair<ManualRole, ManualPhase>, long> cards;
  for (const auto& s : sections) {
    if (s.kind != SectionKind::kCard) {
      if (s.role || s.phase) {
        throw InputError(file, s.line, "節",
                         "{#" + s.id + "}: 担当・時期はカードの節（種類=カード）にだけ書けます");
      }
      if (s.kind == SectionKind::kChecklist && !has_unit(s, UnitKind::kChecklist)) {
        throw InputError(file, s.line, "チェックリスト",
                         "{#" + s.id + "} にチェック項目（「- [ ] …」）がありません");
      }
      continue;
    }
    if (!s.role || !s.phase) {
      throw InputError(file, s.line, s.role ? "時期" : "担当",
                       "カード {#" + s.id + "} に" + (s.role ? "時期" : "担当") +
                           "がありません（例: 担当=総務・情報 時期=初動期）");
    }
    if (auto [it, fresh] = cards.emplace(std::pair{*s.role, *s.phase}, s.line); !fresh) {
      throw InputError(file, s.line, "カード",
                       card_name(*s.role, *s.phase) + "のカードが二枚あります（" + std::to_string(it->second) +
                           " 行目と同じ）");
    }
    if (!has_unit(s, UnitKind::kStep)) {
      throw InputError(file, s.line, "カード", "カード {#" + s.id + "} に番号付きの手順（「1. …」）がありません");
    }
  }
}

std::vector<ActionCard> action_cards(const std::vector<DocumentSection>& sections) {
  std::vector<ActionCard> out;
  for (const auto& s : sections) {
    if (s.kind != SectionKind::kCard || !s.role || !s.phase) continue;
    ActionCard card{s.id, s.title, *s.role, *s.phase, {}, {}};
    long note_line = -1;
    for (const auto& u : s.units) {
      if (u.kind == UnitKind::kStep) {
        card.steps.push_back(u.text);
      } else if (u.kind == UnitKind::kText && u.line == note_line && u.line != 0) {
        card.notes.back() += u.text;  // one line of prose, split into sentences for the diff
      } else {
        card.notes.push_back(u.kind == UnitKind::kChecklist ? "☐ " + u.text : u.text);
        note_line = u.line;
      }
    }
    out.push_back(std::move(card));
  }
  std::stable_sort(out.begin(), out.end(), [](const ActionCard& a, const ActionCard& b) {
    return std::pair{a.role, a.phase} < std::pair{b.role, b.phase};
  });
  return out;
}

std::vector<Checklist> checklists(const std::vector<DocumentSection>& sections) {
  std::vector<Checklist> out;
  for (const auto& s : sections) {
    if (s.kind != SectionKind::kChecklist) continue;
    Checklist list{s.id, s.title, {}};
    std::string group;
    for (const auto& u : s.units) {
      if (u.kind == UnitKind::kText && u.text.rfind("#", 0) == 0) group = heading_text(u.text);
      if (u.kind == UnitKind::kChecklist) list.items.push_back({group, u.text, u.checked});
    }
    out.push_back(std::move(list));
  }
  return out;
}

std::vector<std::pair<ManualRole, ManualPhase>> missing_cards(const std::vector<DocumentSection>& sections) {
  std::vector<std::pair<ManualRole, ManualPhase>> out;
  for (auto role : manual_roles()) {
    for (auto phase : manual_phases()) {
      const bool found = std::any_of(sections.begin(), sections.end(), [&](const DocumentSection& s) {
        return s.kind == SectionKind::kCard && s.role == role && s.phase == phase;
      });
      if (!found) out.emplace_back(role, phase);
    }
  }
  return out;
}

}  // namespace bosai::documents
