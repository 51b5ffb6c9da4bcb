#include "cli/person_json.h"

namespace bosai::cli {

nlohmann::json consent_json(const ConsentFact& c) {
  return {{"given", c.given}, {"date", c.date}, {"method", c.method}};
}

nlohmann::json person_json(const Person& p) {
  const auto& d = p.details;
  const auto& f = p.profile;
  nlohmann::json j = {{"id", p.id},
                      {"register_no", d.register_no},
                      {"name", d.name},
                      {"name_kana", d.name_kana},
                      {"birth_date", d.birth_date},
                      {"sex", d.sex},
                      {"address", d.address},
                      {"phone", d.phone},
                      {"support_reason", d.support_reason},
                      {"medical_devices", d.medical_devices},
                      {"language", d.language},
                      {"district", f.district_code},
                      {"association", f.association_code},
                      {"care_level", f.care_level},
                      {"disability_grade", f.disability_grade},
                      {"household", household_code(f.household)},
                      {"isolated", f.isolated},
                      {"hazards",
                       {{"flood", f.hazards.flood},
                        {"landslide", f.hazards.landslide},
                        {"dense_wooden", f.hazards.dense_wooden}}},
                      {"consent",
                       {{"share_register", consent_json(p.consents.share_register)},
                        {"make_plan", consent_json(p.consents.make_plan)},
                        {"share_plan", consent_json(p.consents.share_plan)}}}};
  if (d.home) j["home"] = {{"lat", d.home->lat}, {"lon", d.home->lon}};
  return j;
}

}  // namespace bosai::cli
