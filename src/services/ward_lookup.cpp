#include "services/ward_lookup.h"

#include "core/error.h"
#include "store/ward_repository.h"

namespace bosai::services {
namespace {

template <class Record>
const Record& find(const std::vector<Record>& records, const std::string& text, const char* field, const char* what) {
  for (const auto& r : records) {
    if (r.code == text || r.name == text) return r;
  }
  std::string known;
  for (std::size_t i = 0; i < records.size() && i < 8; ++i) known += (i ? ", " : "") + records[i].name + " (" + records[i].code + ")";
  if (records.size() > 8) known += " …";
  throw NotFoundError("", 0, field,
                      std::string("unknown ") + what + " \"" + text + "\"" + (known.empty() ? "" : ": known are " + known));
}

}  // namespace

District find_district(const WardStructure& ward, const std::string& code_or_name) {
  return find(ward.districts, code_or_name, "district", "地区");
}

Association find_association(const WardStructure& ward, const std::string& code_or_name) {
  return find(ward.associations, code_or_name, "association", "町会・自治会");
}

District find_district(store::Store& store, const std::string& code_or_name) {
  return find_district(store.wards().load(), code_or_name);
}

Association find_association(store::Store& store, const std::string& code_or_name) {
  return find_association(store.wards().load(), code_or_name);
}

std::vector<std::string> district_codes(store::Store& store, const std::vector<std::string>& codes_or_names) {
  const auto ward = store.wards().load();
  std::vector<std::string> codes;
  for (const auto& text : codes_or_names) codes.push_back(find_district(ward, text).code);
  return codes;
}

}  // namespace bosai::services
