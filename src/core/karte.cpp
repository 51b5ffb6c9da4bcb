#include "core/karte.h"

#include "core/calendar_date.h"

#include <cmath>
#include <cstdio>

namespace bosai {

const std::vector<KarteFigureSpec>& karte_figure_specs() {
  using K = KarteValueKind;
  static const std::vector<KarteFigureSpec> specs = {
      {"area_km2", "面積km2", "人口世帯", K::kArea},
      {"population", "人口", "人口世帯", K::kCount},
      {"households", "世帯数", "人口世帯", K::kCount},
      {"age_0_14", "0-14歳", "人口世帯", K::kCount},
      {"age_15_64", "15-64歳", "人口世帯", K::kCount},
      {"age_65_plus", "65歳以上", "人口世帯", K::kCount},
      {"age_75_plus", "75歳以上", "人口世帯", K::kCount},
      {"elderly_alone", "高齢単身世帯", "要配慮者", K::kCount},
      {"care_needed", "要介護認定者", "要配慮者", K::kCount},
      {"disability", "障害者手帳所持者", "要配慮者", K::kCount},
      {"wooden_pct", "木造率%", "建物", K::kPercent},
      {"pre1981_pct", "1981年以前率%", "建物", K::kPercent},
      {"destroyed_shaking", "全壊棟数_揺れ", "被害想定", K::kCount},
      {"burned_fire", "焼失棟数_火災", "被害想定", K::kCount},
      {"deaths", "死者", "被害想定", K::kCount},
      {"injured", "負傷者", "被害想定", K::kCount},
      {"flood", "浸水想定", "ハザード", K::kYesNo},
      {"flood_area_pct", "浸水想定面積率%", "ハザード", K::kPercent},
      {"landslide_zones", "土砂災害警戒区域数", "ハザード", K::kCount},
      {"dense_wooden", "木造密集", "ハザード", K::kYesNo},
  };
  return specs;
}

const KarteFigureSpec* find_karte_figure(std::string_view key) {
  for (const auto& s : karte_figure_specs()) {
    if (key == s.key) return &s;
  }
  return nullptr;
}

const KarteFigureSpec* find_karte_figure_label(std::string_view label) {
  for (const auto& s : karte_figure_specs()) {
    if (label == s.label) return &s;
  }
  return nullptr;
}

const KarteFigure* DistrictKarte::find(std::string_view key) const {
  for (const auto& f : figures) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

std::optional<double> DistrictKarte::value(std::string_view key) const {
  const auto* f = find(key);
  return f ? std::optional<double>(f->value) : std::nullopt;
}

std::optional<std::string> normalise_karte_edition(const std::string& text) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  if (text.size() == 4 && digits(0, 4) && text >= "1900") return text;
  if (text.size() == 7 && digits(0, 4) && (text[4] == '-' || text[4] == '/') && digits(5, 2)) {
    const int m = std::stoi(text.substr(5, 2));
    if (m < 1 || m > 12 || text.substr(0, 4) < "1900") return std::nullopt;
    return text.substr(0, 4) + "-" + text.substr(5, 2);
  }
  return normalise_date(text);
}

std::string format_karte_value(KarteValueKind kind, double value) {
  char buf[32];
  switch (kind) {
    case KarteValueKind::kYesNo:
      return value != 0 ? "あり" : "なし";
    case KarteValueKind::kCount:
      std::snprintf(buf, sizeof buf, "%.0f", value);
      return buf;
    case KarteValueKind::kArea:
      std::snprintf(buf, sizeof buf, "%.2f", value);
      return buf;
    case KarteValueKind::kPercent:
      std::snprintf(buf, sizeof buf, "%.1f", value);
      return buf;
  }
  return {};
}

}  // namespace bosai
