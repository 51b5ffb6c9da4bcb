#pragma once
#include "core/consent.h"
#include "core/person.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace bosai::store {

// How the people key is derived from the passphrase (never the passphrase or the key itself).
struct StoredKeyParams {
  std::string kdf;
  std::string salt;
  std::uint64_t opslimit = 0;
  std::uint64_t memlimit = 0;
  std::string key_check;
};

// A register entry as the store sees it: coarse plain columns plus the sealed personal fields. The store
// never sees a name, address or phone number.
struct StoredPerson {
  long long id = 0;
  std::string register_tag;
  PersonProfile profile;
  Consents consents;
  std::string sealed;
};

struct PersonFilter {
  std::string district_code;     // empty = every 地区
  std::string association_code;  // empty = every 町会
};

class PeopleRepository {
 public:
  virtual ~PeopleRepository() = default;

  virtual std::optional<StoredKeyParams> key_params() const = 0;
  virtual void save_key_params(const StoredKeyParams& params) = 0;

  // Inserts, or replaces the entry with the same register_tag; returns its id.
  virtual long long upsert(const StoredPerson& person) = 0;
  virtual std::optional<StoredPerson> find(long long id) const = 0;
  virtual std::vector<StoredPerson> list(const PersonFilter& filter) const = 0;
  virtual long long count() const = 0;
};

}  // namespace bosai::store
