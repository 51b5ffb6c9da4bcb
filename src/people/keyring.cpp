#include "people/keyring.h"

#include "people/wrong_passphrase.h"

#include <sodium.h>

#include <stdexcept>

namespace bosai::people {
namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "bosaippl";
constexpr const char* kKdfName = "argon2id13";
enum Subkey : std::uint64_t { kSeal = 1, kTag = 2, kPseudonym = 3, kMac = 4, kCheck = 5 };

void ensure_sodium() {
  if (sodium_init() < 0) throw std::runtime_error("libsodium could not be initialised");
}

std::string keyed_hash(const std::array<unsigned char, 32>& key, std::string_view message) {
  std::string out(32, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), out.size(),
                     reinterpret_cast<const unsigned char*>(message.data()), message.size(), key.data(), key.size());
  return out;
}

}  // namespace

Keyring::Key Keyring::derive_master(const std::string& passphrase, const store::StoredKeyParams& params) {
  ensure_sodium();
  if (params.kdf != kKdfName || params.salt.size() != crypto_pwhash_SALTBYTES) {
    throw std::runtime_error("unsupported people key parameters (" + params.kdf + ")");
  }
  Key master{};
  if (crypto_pwhash(master.data(), master.size(), passphrase.data(), passphrase.size(),
                    reinterpret_cast<const unsigned char*>(params.salt.data()), params.opslimit,
                    static_cast<std::size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("key derivation ran out of memory");
  }
  return master;
}

std::string Keyring::check_value(const Key& master) {
  Key check{};
  crypto_kdf_derive_from_key(check.data(), check.size(), kCheck, kKdfContext, master.data());
  std::string out = keyed_hash(check, "bosai people key check v1");
  sodium_memzero(check.data(), check.size());
  return out;
}

store::StoredKeyParams Keyring::new_params(const std::string& passphrase) {
  ensure_sodium();
  store::StoredKeyParams params;
  params.kdf = kKdfName;
  params.salt.resize(crypto_pwhash_SALTBYTES);
  randombytes_buf(params.salt.data(), params.salt.size());
  params.opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
  params.memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
  Key master = derive_master(passphrase, params);
  params.key_check = check_value(master);
  sodium_memzero(master.data(), master.size());
  return params;
}

Keyring Keyring::unlock(const std::string& passphrase, const store::StoredKeyParams& params) {
  Key master = derive_master(passphrase, params);
  const std::string check = check_value(master);
  if (check.size() != params.key_check.size() ||
      sodium_memcmp(check.data(), params.key_check.data(), check.size()) != 0) {
    sodium_memzero(master.data(), master.size());
    throw WrongPassphrase();
  }
  Keyring k;
  crypto_kdf_derive_from_key(k.seal_key_.data(), k.seal_key_.size(), kSeal, kKdfContext, master.data());
  crypto_kdf_derive_from_key(k.tag_key_.data(), k.tag_key_.size(), kTag, kKdfContext, master.data());
  crypto_kdf_derive_from_key(k.pseudonym_key_.data(), k.pseudonym_key_.size(), kPseudonym, kKdfContext,
                             master.data());
  crypto_kdf_derive_from_key(k.mac_key_.data(), k.mac_key_.size(), kMac, kKdfContext, master.data());
  sodium_memzero(master.data(), master.size());
  return k;
}

Keyring::~Keyring() {
  for (Key* key : {&seal_key_, &tag_key_, &pseudonym_key_, &mac_key_}) sodium_memzero(key->data(), key->size());
}

Keyring::Keyring(Keyring&& other) noexcept
    : seal_key_(other.seal_key_),
      tag_key_(other.tag_key_),
      pseudonym_key_(other.pseudonym_key_),
      mac_key_(other.mac_key_) {
  for (Key* key : {&other.seal_key_, &other.tag_key_, &other.pseudonym_key_, &other.mac_key_}) {
    sodium_memzero(key->data(), key->size());
  }
}

std::string Keyring::seal(std::string_view plaintext, std::string_view context) const {
  constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  std::string out(kNonce + plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, kNonce);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
      nonce + kNonce, &written, reinterpret_cast<const unsigned char*>(plaintext.data()), plaintext.size(),
      reinterpret_cast<const unsigned char*>(context.data()), context.size(), nullptr, nonce, seal_key_.data());
  out.resize(kNonce + written);
  return out;
}

std::string Keyring::open(std::string_view sealed, std::string_view context) const {
  constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
  constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
  if (sealed.size() < kNonce + kTagBytes) throw std::runtime_error("sealed personal data is truncated");
  std::string out(sealed.size() - kNonce - kTagBytes, '\0');
  unsigned long long written = 0;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(
          reinterpret_cast<unsigned char*>(out.data()), &written, nullptr, nonce + kNonce, sealed.size() - kNonce,
          reinterpret_cast<const unsigned char*>(context.data()), context.size(), nonce, seal_key_.data()) != 0) {
    throw std::runtime_error("sealed personal data failed authentication (altered, or moved from another record)");
  }
  out.resize(written);
  return out;
}

std::string Keyring::tag(std::string_view value) const { return keyed_hash(tag_key_, value); }
std::string Keyring::pseudonym(std::string_view value) const { return keyed_hash(pseudonym_key_, value); }
std::string Keyring::mac(std::string_view message) const { return keyed_hash(mac_key_, message); }

}  // namespace bosai::people
