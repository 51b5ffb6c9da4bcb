#include "store/sqlite/sqlite_karte_repository.h"

#include "store/sqlite/database.h"
#include "store/sqlite/transaction.h"

#include <map>

namespace bosai::store {
namespace {

std::vector<std::string> read_texts(Statement& s) {
  std::vector<std::string> out;
  while (s.step()) out.push_back(s.column_text(0));
  return out;
}

}  // namespace

void SqliteKarteRepository::save(const DistrictKarte& k) {
  Transaction tx(db_);
  auto drop = db_.prepare("DELETE FROM karte_figure WHERE edition = ?1 AND district_code = ?2");
  drop.bind(1, k.edition).bind(2, k.district_code).run();
  auto head = db_.prepare(
      "INSERT INTO karte(edition, district_code, source_file, imported_at) VALUES (?1, ?2, ?3, ?4) "
      "ON CONFLICT(edition, district_code) DO UPDATE SET source_file = excluded.source_file, "
      "imported_at = excluded.imported_at");
  head.bind(1, k.edition).bind(2, k.district_code).bind(3, k.source_file).bind(4, k.imported_at).run();
  auto figure = db_.prepare(
      "INSERT INTO karte_figure(edition, district_code, figure, value, source, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (const auto& f : k.figures) {
    figure.bind(1, k.edition).bind(2, k.district_code).bind(3, f.key).bind(4, f.value).bind(5, f.source);
    figure.bind(6, f.as_of).run();
  }
  tx.commit();
}

std::vector<std::string> SqliteKarteRepository::editions() const {
  auto s = db_.prepare("SELECT DISTINCT edition FROM karte ORDER BY edition");
  return read_texts(s);
}

std::vector<std::string> SqliteKarteRepository::editions_of(const std::string& district_code) const {
  auto s = db_.prepare("SELECT edition FROM karte WHERE district_code = ?1 ORDER BY edition");
  s.bind(1, district_code);
  return read_texts(s);
}

std::optional<DistrictKarte> SqliteKarteRepository::find(const std::string& edition,
                                                         const std::string& district_code) const {
  auto head = db_.prepare("SELECT source_file, imported_at FROM karte WHERE edition = ?1 AND district_code = ?2");
  head.bind(1, edition).bind(2, district_code);
  if (!head.step()) return std::nullopt;
  DistrictKarte k{edition, district_code, head.column_text(0), head.column_text(1), {}};
  auto s = db_.prepare(
      "SELECT figure, value, source, as_of FROM karte_figure WHERE edition = ?1 AND district_code = ?2");
  s.bind(1, edition).bind(2, district_code);
  std::map<std::string, KarteFigure> by_key;
  while (s.step()) {
    KarteFigure f{s.column_text(0), s.column_double(1), s.column_text(2), s.column_text(3)};
    by_key.emplace(f.key, f);
  }
  // In the figure list's order, so every reader shows figures the same way; keys this build does not know
  // (written by a newer one) are kept at the end rather than dropped.
  for (const auto& spec : karte_figure_specs()) {
    if (auto it = by_key.find(spec.key); it != by_key.end()) {
      k.figures.push_back(it->second);
      by_key.erase(it);
    }
  }
  for (auto& [key, f] : by_key) k.figures.push_back(f);
  return k;
}

}  // namespace bosai::store
