#include "people/person_codec.h"

#include <nlohmann/json.hpp>

namespace bosai::people {
namespace {

std::string context_of(const std::string& register_tag) { return "person|" + register_tag; }

}  // namespace

store::StoredPerson seal_person(const Person& person, const Keyring& keys) {
  const auto& d = person.details;
  nlohmann::json j = {{"register_no", d.register_no}, {"name", d.name},
                      {"name_kana", d.name_kana},     {"birth_date", d.birth_date},
                      {"sex", d.sex},                 {"address", d.address},
                      {"phone", d.phone},             {"support_reason", d.support_reason},
                      {"medical_devices", d.medical_devices}, {"language", d.language}};
  if (d.home) j["home"] = {d.home->lat, d.home->lon};
  store::StoredPerson out;
  out.id = person.id;
  out.register_tag = keys.tag(d.register_no);
  out.profile = person.profile;
  out.consents = person.consents;
  out.sealed = keys.seal(j.dump(), context_of(out.register_tag));
  return out;
}

Person open_person(const store::StoredPerson& stored, const Keyring& keys) {
  const auto j = nlohmann::json::parse(keys.open(stored.sealed, context_of(stored.register_tag)));
  Person p;
  p.id = stored.id;
  p.profile = stored.profile;
  p.consents = stored.consents;
  auto& d = p.details;
  d.register_no = j.at("register_no").get<std::string>();
  d.name = j.at("name").get<std::string>();
  d.name_kana = j.value("name_kana", "");
  d.birth_date = j.value("birth_date", "");
  d.sex = j.value("sex", "");
  d.address = j.value("address", "");
  d.phone = j.value("phone", "");
  d.support_reason = j.value("support_reason", "");
  d.medical_devices = j.value("medical_devices", "");
  d.language = j.value("language", "");
  if (j.contains("home")) d.home = GeoPoint{j["home"][0].get<double>(), j["home"][1].get<double>()};
  return p;
}

}  // namespace bosai::people
