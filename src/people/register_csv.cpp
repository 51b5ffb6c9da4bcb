#include "people/register_csv.h"

#include "people/register_fields.h"
#include "text/csv_reader.h"
#include "text/csv_writer.h"

#include <map>
#include <set>

namespace bosai::people {
namespace {

enum Column {
  kRegisterNo, kName, kKana, kBirth, kSex, kAddress, kPhone, kReason, kHousehold, kIsolated, kDistrict,
  kAssociation, kCareLevel, kDisability, kMedical, kLanguage, kLat, kLon, kFlood, kLandslide, kDenseWooden,
  kConsentRegister, kConsentRegisterOn, kConsentRegisterHow, kConsentPlan, kConsentPlanOn, kConsentPlanHow,
  kConsentShare, kConsentShareOn, kConsentShareHow, kColumnCount
};

struct ColumnSpec {
  const char* name;
  bool required;
};

constexpr ColumnSpec kColumns[kColumnCount] = {
    {"台帳番号", true},         {"氏名", true},           {"ふりがな", false},
    {"生年月日", true},         {"性別", true},           {"住所", true},
    {"電話番号", true},         {"支援が必要な理由", true}, {"世帯", true},
    {"孤立", false},            {"地区", true},           {"町会", false},
    {"要介護度", false},        {"身体障害等級", false},   {"医療機器", false},
    {"言語", false},            {"緯度", false},          {"経度", false},
    {"浸水想定区域", false},    {"土砂災害警戒区域", false}, {"木造密集地域", false},
    {"名簿提供同意", true},     {"名簿提供同意日", false}, {"名簿提供同意方法", false},
    {"計画作成同意", true},     {"計画作成同意日", false}, {"計画作成同意方法", false},
    {"計画提供同意", true},     {"計画提供同意日", false}, {"計画提供同意方法", false},
};

class RowReader {
 public:
  RowReader(const std::string& file, const WardStructure& ward, std::vector<InputError>& errors)
      : file_(file), errors_(errors), fields_(file, ward, errors) {}

  void header(const text::CsvRow& record) {
    std::map<std::string, int> known;
    for (int c = 0; c < kColumnCount; ++c) known[kColumns[c].name] = c;
    index_.assign(kColumnCount, -1);
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
      const auto it = known.find(record.fields[i]);
      if (it == known.end()) {
        fields_.fail(record.line, record.fields[i], "unknown column (see docs/people.md for the layout)");
      } else if (index_[it->second] >= 0) {
        fields_.fail(record.line, record.fields[i], "column appears twice");
      } else {
        index_[it->second] = static_cast<int>(i);
      }
    }
    for (int c = 0; c < kColumnCount; ++c) {
      if (kColumns[c].required && index_[c] < 0) fields_.fail(record.line, kColumns[c].name, "required column is missing");
    }
  }

  std::optional<Person> row(const text::CsvRow& record) {
    record_ = &record;
    const std::size_t before = fields_.error_count();
    if (record.fields.size() != header_width_) {
      errors_.push_back(text::field_count_error(file_, record.line, record.fields.size(), header_width_));
      return std::nullopt;
    }
    Person p;
    auto& d = p.details;
    const long line = record.line;
    d.register_no = fields_.required_text(line, kColumns[kRegisterNo].name, get(kRegisterNo));
    if (!d.register_no.empty() && !seen_.insert(d.register_no).second) {
      fields_.fail(line, kColumns[kRegisterNo].name, "same 台帳番号 as an earlier row");
    }
    d.name = fields_.required_text(line, kColumns[kName].name, get(kName));
    d.name_kana = get(kKana);
    d.birth_date = fields_.date(line, kColumns[kBirth].name, get(kBirth), true);
    d.sex = fields_.sex(line, kColumns[kSex].name, get(kSex));
    d.address = fields_.required_text(line, kColumns[kAddress].name, get(kAddress));
    d.phone = fields_.phone(line, kColumns[kPhone].name, get(kPhone));
    d.support_reason = fields_.required_text(line, kColumns[kReason].name, get(kReason));
    d.medical_devices = get(kMedical);
    d.language = get(kLanguage);
    d.home = fields_.position(line, kColumns[kLat].name, get(kLat), get(kLon));

    auto& f = p.profile;
    f.district_code = fields_.district(line, kColumns[kDistrict].name, get(kDistrict));
    f.association_code = fields_.association(line, kColumns[kAssociation].name, get(kAssociation), f.district_code);
    f.care_level = fields_.care_level(line, kColumns[kCareLevel].name, get(kCareLevel));
    f.disability_grade = fields_.disability_grade(line, kColumns[kDisability].name, get(kDisability));
    f.household = fields_.household(line, kColumns[kHousehold].name, get(kHousehold));
    f.isolated = fields_.flag(line, kColumns[kIsolated].name, get(kIsolated));
    f.medical_device = !d.medical_devices.empty();
    f.hazards.flood = fields_.flag(line, kColumns[kFlood].name, get(kFlood));
    f.hazards.landslide = fields_.flag(line, kColumns[kLandslide].name, get(kLandslide));
    f.hazards.dense_wooden = fields_.flag(line, kColumns[kDenseWooden].name, get(kDenseWooden));

    p.consents.share_register = consent(kConsentRegister);
    p.consents.make_plan = consent(kConsentPlan);
    p.consents.share_plan = consent(kConsentShare);
    if (fields_.error_count() != before) return std::nullopt;
    return p;
  }

  void set_header_width(std::size_t width) { header_width_ = width; }

 private:
  std::string get(int column) const {
    const int i = index_[column];
    return i < 0 ? std::string() : trim(record_->fields[static_cast<std::size_t>(i)]);
  }

  // Three columns per consent: given (flag), date, how obtained. A given consent needs both.
  ConsentFact consent(int first) {
    const long line = record_->line;
    ConsentFact c;
    c.given = fields_.flag(line, kColumns[first].name, get(first));
    c.date = fields_.date(line, kColumns[first + 1].name, get(first + 1), c.given);
    c.method = get(first + 2);
    if (c.given && c.method.empty()) fields_.fail(line, kColumns[first + 2].name, "required when consent is given");
    return c;
  }

  const std::string& file_;
  std::vector<InputError>& errors_;
  RegisterFields fields_;
  std::vector<int> index_;
  std::size_t header_width_ = 0;
  const text::CsvRow* record_ = nullptr;
  std::set<std::string> seen_;
};

std::string flag_text(bool b) { return b ? "1" : "0"; }

}  // namespace

const std::vector<std::string>& register_columns() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& c : kColumns) out.emplace_back(c.name);
    return out;
  }();
  return names;
}

RegisterRows read_register_csv(const std::string& bytes, const std::string& file, const WardStructure& ward,
                               text::TextEncoding encoding) {
  RegisterRows out;
  const auto records = text::parse_csv(bytes, file, encoding);
  if (records.empty()) {
    out.errors.emplace_back(file, 1, "the file is empty (a header row is required)");
    return out;
  }
  RowReader reader(file, ward, out.errors);
  reader.header(records.front());
  if (!out.errors.empty()) return out;
  reader.set_header_width(records.front().fields.size());
  for (std::size_t i = 1; i < records.size(); ++i) {
    if (auto person = reader.row(records[i])) out.people.push_back(std::move(*person));
  }
  if (!out.errors.empty()) out.people.clear();  // a file with bad rows imports nothing
  return out;
}

void write_roster_csv(std::ostream& out, const std::vector<Person>& people) {
  text::CsvWriter csv(out);
  csv.row({"氏名", "ふりがな", "生年月日", "性別", "住所", "電話番号", "支援が必要な理由", "世帯"});
  for (const auto& p : people) {
    const auto& d = p.details;
    csv.row({d.name, d.name_kana, d.birth_date, d.sex, d.address, d.phone, d.support_reason,
                    household_label(p.profile.household)});
  }
}

void write_register_csv(std::ostream& out, const std::vector<Person>& people) {
  text::CsvWriter csv(out);
  csv.row(register_columns());
  for (const auto& p : people) {
    const auto& d = p.details;
    const auto& f = p.profile;
    const auto& c = p.consents;
    const std::string lat = d.home ? format_coordinate(d.home->lat) : "";
    const std::string lon = d.home ? format_coordinate(d.home->lon) : "";
    const std::vector<std::string> row = {
        d.register_no, d.name, d.name_kana, d.birth_date, d.sex, d.address, d.phone, d.support_reason,
        household_label(f.household), flag_text(f.isolated), f.district_code, f.association_code, f.care_level,
        f.disability_grade ? std::to_string(f.disability_grade) : "", d.medical_devices, d.language, lat, lon,
        flag_text(f.hazards.flood), flag_text(f.hazards.landslide), flag_text(f.hazards.dense_wooden),
        flag_text(c.share_register.given), c.share_register.date, c.share_register.method,
        flag_text(c.make_plan.given), c.make_plan.date, c.make_plan.method,
        flag_text(c.share_plan.given), c.share_plan.date, c.share_plan.method};
    csv.row(row);
  }
}

}  // namespace bosai::people
