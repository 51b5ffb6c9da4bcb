#pragma once
#include "store/people_repository.h"

#include <array>
#include <string>
#include <string_view>

namespace bosai::people {

// The unlocked people key and the subkeys derived from it (libsodium crypto_kdf), one per purpose so a
// leak of one use (say a pseudonym list) tells nothing about another:
//   seal/open   XChaCha20-Poly1305 AEAD: personal fields at rest, bound to their row by `context`
//   tag         keyed BLAKE2b: a blind index (the ward's 台帳番号 without storing it)
//   pseudonym   keyed BLAKE2b: stable drill pseudonyms that cannot be reversed without the key
//   mac         keyed BLAKE2b: the audit chain, so a forged chain needs the passphrase
// The master key is derived from the passphrase with Argon2id; only the salt, the cost parameters and a
// check value are stored. Keys are wiped when the Keyring is destroyed.
class Keyring {
 public:
  // Fresh parameters for a new database: random salt, Argon2id at libsodium's interactive cost.
  static store::StoredKeyParams new_params(const std::string& passphrase);
  // Derives the keys; throws WrongPassphrase when the check value does not match.
  static Keyring unlock(const std::string& passphrase, const store::StoredKeyParams& params);

  ~Keyring();
  Keyring(const Keyring&) = delete;
  Keyring& operator=(const Keyring&) = delete;
  Keyring(Keyring&& other) noexcept;
  Keyring& operator=(Keyring&&) = delete;

  std::string seal(std::string_view plaintext, std::string_view context) const;
  // Throws std::runtime_error when the blob was altered or belongs to another context.
  std::string open(std::string_view sealed, std::string_view context) const;
  std::string tag(std::string_view value) const;
  std::string pseudonym(std::string_view value) const;
  std::string mac(std::string_view message) const;

 private:
  using Key = std::array<unsigned char, 32>;
  Keyring() = default;
  static Key derive_master(const std::string& passphrase, const store::StoredKeyParams& params);
  static std::string check_value(const Key& master);

  Key seal_key_{}, tag_key_{}, pseudonym_key_{}, mac_key_{};
};

}  // namespace bosai::people
