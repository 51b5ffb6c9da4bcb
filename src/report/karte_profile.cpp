#include "report/karte_profile.h"

#include "core/error.h"
#include "services/ward_lookup.h"
#include "store/karte_repository.h"
#include "store/shelter_repository.h"
#include "store/ward_repository.h"

#include <algorithm>

namespace bosai::report {
namespace {

// The live figures of every 地区, counted once for however many rows are shown.
class LiveFigures {
 public:
  LiveFigures(store::Store& store, const WardStructure& ward, const KarteLiveInputs& live)
      : shelters_(summarise_shelters(ward, store.shelters().list(), live.today)) {
    if (live.session) progress_ = people::district_progress(*live.session, live.weights, live.today);
  }

  KarteProfile profile(const District& district, std::optional<DistrictKarte> karte) const {
    KarteProfile p{district, std::move(karte), {}, std::nullopt};
    for (const auto& s : shelters_.districts) {
      if (s.code == district.code) p.shelters = s;
    }
    if (progress_) {
      for (const auto& r : *progress_) {
        if (r.district_code == district.code) p.support = r;
      }
    }
    return p;
  }

 private:
  ShelterSummary shelters_;
  std::optional<std::vector<people::DistrictProgress>> progress_;
};

void require_edition(store::Store& store, const std::string& edition) {
  const auto all = store.karte().editions();
  if (std::find(all.begin(), all.end(), edition) != all.end()) return;
  std::string known;
  for (const auto& e : all) known += (known.empty() ? "" : ", ") + e;
  throw NotFoundError("", 0, "--edition",
                      "no 防災カルテ edition '" + edition + "'" +
                          (known.empty() ? ": none imported yet (bosai karte import FILE)" : ": stored are " + known));
}

std::string edition_or_latest(store::Store& store, const std::string& edition) {
  if (!edition.empty()) {
    const auto normal = normalise_karte_edition(edition);
    if (!normal) throw InputError("", 0, "--edition", "not a year or date: '" + edition + "'");
    require_edition(store, *normal);
    return *normal;
  }
  const auto all = store.karte().editions();
  if (all.empty()) throw NotFoundError("", 0, "karte", "no 防災カルテ imported yet (bosai karte import FILE)");
  return all.back();
}

std::optional<double> ratio(std::optional<double> part, std::optional<double> whole, double scale) {
  if (!part || !whole || *whole <= 0) return std::nullopt;
  return *part / *whole * scale;
}

}  // namespace

KarteRatios karte_ratios(const KarteProfile& p) {
  KarteRatios r;
  if (!p.karte) return r;
  const auto population = p.karte->value("population");
  r.aging_rate = ratio(p.karte->value("age_65_plus"), population, 100);
  r.late_elderly_rate = ratio(p.karte->value("age_75_plus"), population, 100);
  r.density = ratio(population, p.karte->value("area_km2"), 1);
  if (p.support) r.support_per_1000 = ratio(static_cast<double>(p.support->registered), population, 1000);
  r.capacity_per_resident = ratio(static_cast<double>(p.shelters.capacity()), population, 1);
  return r;
}

KarteProfile karte_profile(store::Store& store, const std::string& district, const std::string& edition,
                           const KarteLiveInputs& live) {
  const auto ward = store.wards().load();
  const auto d = services::find_district(ward, district);
  std::string chosen;
  if (edition.empty()) {
    const auto held = store.karte().editions_of(d.code);
    if (held.empty()) {
      throw NotFoundError("", 0, "karte", "no 防災カルテ for " + d.name + " (import one with bosai karte import FILE)");
    }
    chosen = held.back();
  } else {
    chosen = edition_or_latest(store, edition);
  }
  auto karte = store.karte().find(chosen, d.code);
  if (!karte) throw NotFoundError("", 0, "--edition", "edition " + chosen + " has no 防災カルテ for " + d.name);
  return LiveFigures(store, ward, live).profile(d, std::move(karte));
}

KarteTable karte_table(store::Store& store, const std::vector<std::string>& districts, const std::string& edition,
                       const KarteLiveInputs& live) {
  const auto ward = store.wards().load();
  KarteTable table{edition_or_latest(store, edition), {}};
  const LiveFigures figures(store, ward, live);
  if (districts.empty()) {
    for (const auto& d : ward.districts) {
      if (auto k = store.karte().find(table.edition, d.code)) table.rows.push_back(figures.profile(d, std::move(k)));
    }
  } else {
    // A named 地区 without a karte in this edition still gets its row: its live figures are known.
    for (const auto& name : districts) {
      const auto d = services::find_district(ward, name);
      table.rows.push_back(figures.profile(d, store.karte().find(table.edition, d.code)));
    }
  }
  return table;
}

std::optional<double> KarteFigureChange::change() const {
  if (!from || !to) return std::nullopt;
  return to->value - from->value;
}

KarteEditionComparison compare_karte_editions(store::Store& store, const std::vector<std::string>& districts,
                                              const std::string& from_edition, const std::string& to_edition) {
  KarteEditionComparison out{edition_or_latest(store, from_edition), edition_or_latest(store, to_edition), {}};
  const auto ward = store.wards().load();
  std::vector<District> chosen;
  if (districts.empty()) {
    chosen = ward.districts;
  } else {
    for (const auto& name : districts) chosen.push_back(services::find_district(ward, name));
  }
  for (const auto& d : chosen) {
    const auto from = store.karte().find(out.from_edition, d.code);
    const auto to = store.karte().find(out.to_edition, d.code);
    if (!from || !to) {
      if (districts.empty()) continue;
      throw NotFoundError("", 0, "--edition",
                          d.name + " has no 防災カルテ in edition " + (from ? out.to_edition : out.from_edition));
    }
    KarteEditionChanges changes{d, {}};
    for (const auto& spec : karte_figure_specs()) {
      KarteFigureChange c{&spec, {}, {}};
      if (const auto* f = from->find(spec.key)) c.from = *f;
      if (const auto* f = to->find(spec.key)) c.to = *f;
      if (c.from || c.to) changes.figures.push_back(std::move(c));
    }
    out.districts.push_back(std::move(changes));
  }
  return out;
}

}  // namespace bosai::report
