#include "cli/karte_json.h"

#include "cli/progress_json.h"
#include "cli/shelter_summary_json.h"

namespace bosai::cli {
namespace {

nlohmann::json optional_json(const std::optional<double>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

}  // namespace

nlohmann::json karte_figure_json(const KarteFigureSpec& spec, const KarteFigure& f) {
  nlohmann::json value = f.value;
  if (spec.kind == KarteValueKind::kCount) value = static_cast<long long>(f.value);
  if (spec.kind == KarteValueKind::kYesNo) value = f.value != 0;
  return {{"value", value}, {"source", f.source}, {"as_of", f.as_of}};
}

nlohmann::json karte_figures_json(const DistrictKarte* karte) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& spec : karte_figure_specs()) {
    const auto* f = karte ? karte->find(spec.key) : nullptr;
    out[spec.key] = f ? karte_figure_json(spec, *f) : nlohmann::json();
  }
  return out;
}

nlohmann::json karte_profile_json(const report::KarteProfile& p) {
  const auto r = report::karte_ratios(p);
  nlohmann::json out = {{"district", p.district.code}, {"name", p.district.name}};
  out["edition"] = p.karte ? nlohmann::json(p.karte->edition) : nlohmann::json();
  if (p.karte) {
    out["source_file"] = p.karte->source_file;
    out["imported_at"] = p.karte->imported_at;
  }
  out["figures"] = karte_figures_json(p.karte ? &*p.karte : nullptr);
  out["live"] = nlohmann::json::object();
  out["live"]["shelters"] = shelter_summary_json(p.shelters);
  out["live"]["support"] = p.support ? progress_json(*p.support) : nlohmann::json();
  out["ratios"] = {{"aging_rate", optional_json(r.aging_rate)},
                   {"late_elderly_rate", optional_json(r.late_elderly_rate)},
                   {"density", optional_json(r.density)},
                   {"support_per_1000", optional_json(r.support_per_1000)},
                   {"capacity_per_resident", optional_json(r.capacity_per_resident)}};
  return out;
}

}  // namespace bosai::cli
