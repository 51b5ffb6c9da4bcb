#include "services/karte_import.h"

#include "core/clock.h"
#include "plans/toml_fields.h"
#include "services/karte_csv.h"
#include "store/karte_repository.h"
#include "store/ward_repository.h"

#include <set>

namespace bosai::services {

KarteImportResult import_karte(store::Store& store, const KarteImportRequest& request) {
  auto kartes = read_karte_csv(plans::read_text_file(request.file), request.file.string(), store.wards().load(),
                               request.encoding);
  KarteImportResult result;
  std::set<std::string> editions;
  const auto imported_at = utc_timestamp();
  for (auto& k : kartes) {
    editions.insert(k.edition);
    k.source_file = request.file.filename().string();
    k.imported_at = imported_at;
    result.figures += k.figures.size();
    result.unknown += karte_figure_specs().size() - k.figures.size();
  }
  result.editions.assign(editions.begin(), editions.end());
  result.districts = kartes.size();
  if (request.check_only) return result;
  store.atomically([&] {
    for (const auto& k : kartes) store.karte().save(k);
  });
  result.stored = true;
  return result;
}

}  // namespace bosai::services
