#include "documents/section_diff.h"

#include <algorithm>
#include <map>

namespace bosai::documents {
namespace {

bool same_unit(const DocumentUnit& a, const DocumentUnit& b) { return a.kind == b.kind && a.text == b.text; }

// Pairs the removals and additions of one gap between matched units: in order, of the same kind.
void flush_gap(std::vector<const DocumentUnit*>& removed, std::vector<const DocumentUnit*>& added,
               std::vector<UnitChange>& out) {
  std::vector<bool> used(added.size(), false);
  std::vector<UnitChange> leftover_removed;
  for (const DocumentUnit* r : removed) {
    bool paired = false;
    for (std::size_t j = 0; j < added.size() && !paired; ++j) {
      if (used[j] || added[j]->kind != r->kind) continue;
      used[j] = paired = true;
      out.push_back({UnitChangeKind::kChanged, r->kind, r->text, added[j]->text, r->checked, added[j]->checked});
    }
    if (!paired) leftover_removed.push_back({UnitChangeKind::kRemoved, r->kind, r->text, "", r->checked, false});
  }
  out.insert(out.end(), leftover_removed.begin(), leftover_removed.end());
  for (std::size_t j = 0; j < added.size(); ++j) {
    if (!used[j]) out.push_back({UnitChangeKind::kAdded, added[j]->kind, "", added[j]->text, false, added[j]->checked});
  }
  removed.clear();
  added.clear();
}

std::vector<UnitChange> diff_units(const std::vector<DocumentUnit>& a, const std::vector<DocumentUnit>& b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (std::size_t i = n; i-- > 0;) {
    for (std::size_t j = m; j-- > 0;) {
      lcs[i][j] = same_unit(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<UnitChange> out;
  std::vector<const DocumentUnit*> removed, added;
  std::size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && same_unit(a[i], b[j])) {
      flush_gap(removed, added, out);
      if (a[i].kind == UnitKind::kChecklist && a[i].checked != b[j].checked) {
        out.push_back({b[j].checked ? UnitChangeKind::kChecked : UnitChangeKind::kUnchecked, UnitKind::kChecklist,
                       a[i].text, b[j].text, a[i].checked, b[j].checked});
      }
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added.push_back(&b[j++]);
    } else {
      removed.push_back(&a[i++]);
    }
  }
  flush_gap(removed, added, out);
  return out;
}

SectionDiff whole(const DocumentSection& s, bool added) {
  SectionDiff d;
  d.id = s.id;
  (added ? d.title_after : d.title_before) = s.title;
  d.kind = added ? SectionChangeKind::kAdded : SectionChangeKind::kRemoved;
  for (const auto& u : s.units) {
    d.changes.push_back({added ? UnitChangeKind::kAdded : UnitChangeKind::kRemoved, u.kind, added ? "" : u.text,
                         added ? u.text : "", !added && u.checked, added && u.checked});
  }
  return d;
}

}  // namespace

namespace {
std::string shown(const UnitChange& c, const std::string& text, bool checked) {
  if (text.empty() || c.unit != UnitKind::kChecklist) return text;
  return (checked ? "☑ " : "☐ ") + text;
}
}  // namespace

std::string shown_before(const UnitChange& c) { return shown(c, c.before, c.checked_before); }
std::string shown_after(const UnitChange& c) { return shown(c, c.after, c.checked_after); }

std::string unit_change_label(const UnitChange& c) {
  const std::string what = c.unit == UnitKind::kChecklist ? "項目" : c.unit == UnitKind::kStep ? "手順" : "文";
  switch (c.kind) {
    case UnitChangeKind::kAdded: return what + "の追加";
    case UnitChangeKind::kRemoved: return what + "の削除";
    case UnitChangeKind::kChanged: return what + "の変更";
    case UnitChangeKind::kChecked: return "項目のチェック";
    case UnitChangeKind::kUnchecked: return "項目のチェック解除";
  }
  return what;
}

const char* section_change_label(SectionChangeKind kind) {
  switch (kind) {
    case SectionChangeKind::kUnchanged: return "変更なし";
    case SectionChangeKind::kAdded: return "節の追加";
    case SectionChangeKind::kRemoved: return "節の削除";
    case SectionChangeKind::kChanged: return "変更あり";
  }
  return "";
}

std::string section_attributes(const DocumentSection& s) {
  std::string out;
  if (s.kind != SectionKind::kProse) out += std::string("種類=") + section_kind_label(s.kind);
  if (s.role) out += std::string(out.empty() ? "" : " ") + "担当=" + manual_role_label(*s.role);
  if (s.phase) out += std::string(out.empty() ? "" : " ") + "時期=" + manual_phase_label(*s.phase);
  return out;
}

std::string section_heading(const SectionDiff& s) {
  const std::string& title = s.title_after.empty() ? s.title_before : s.title_after;
  return s.id.empty() ? title : title + " {#" + s.id + "}";
}

bool DocumentDiff::empty() const {
  for (const auto& s : sections) {
    if (s.kind != SectionChangeKind::kUnchanged) return false;
  }
  return true;
}

std::size_t DocumentDiff::change_count() const {
  std::size_t count = 0;
  for (const auto& s : sections) {
    count += s.changes.size();
    if (s.kind == SectionChangeKind::kChanged && s.title_before != s.title_after) ++count;
    if (s.kind == SectionChangeKind::kChanged && s.attributes_before != s.attributes_after) ++count;
  }
  return count;
}

DocumentDiff diff_sections(const std::vector<DocumentSection>& before, const std::vector<DocumentSection>& after) {
  std::map<std::string, const DocumentSection*> old_by_id, new_by_id;
  for (const auto& s : before) old_by_id.emplace(s.id, &s);
  for (const auto& s : after) new_by_id.emplace(s.id, &s);
  DocumentDiff diff;
  std::size_t next_old = 0;
  // Removed sections are emitted when the walk through the old order reaches them.
  auto emit_removed_up_to = [&](const std::string& id) {
    while (next_old < before.size() && before[next_old].id != id) {
      if (!new_by_id.contains(before[next_old].id)) diff.sections.push_back(whole(before[next_old], false));
      ++next_old;
    }
    if (next_old < before.size()) ++next_old;
  };
  for (const auto& s : after) {
    const auto old = old_by_id.find(s.id);
    if (old == old_by_id.end()) {
      diff.sections.push_back(whole(s, true));
      continue;
    }
    emit_removed_up_to(s.id);
    SectionDiff d;
    d.id = s.id;
    d.title_before = old->second->title;
    d.title_after = s.title;
    d.attributes_before = section_attributes(*old->second);
    d.attributes_after = section_attributes(s);
    d.changes = diff_units(old->second->units, s.units);
    d.kind = d.changes.empty() && d.title_before == d.title_after && d.attributes_before == d.attributes_after
                 ? SectionChangeKind::kUnchanged
                 : SectionChangeKind::kChanged;
    diff.sections.push_back(std::move(d));
  }
  emit_removed_up_to("");
  return diff;
}

}  // namespace bosai::documents
