// Protects the at-rest encryption: the right passphrase opens, a wrong one is refused before anything is
// read, sealed data never holds the plaintext, and a blob moved to another record does not open.
#include "people/keyring.h"
#include "people/wrong_passphrase.h"

#include <gtest/gtest.h>

using bosai::people::Keyring;

TEST(Keyring, RightPassphraseUnlocksWrongOneIsRefused) {
  const auto params = Keyring::new_params("correct horse battery staple");
  EXPECT_EQ(params.salt.size(), 16u);
  EXPECT_NO_THROW(Keyring::unlock("correct horse battery staple", params));
  EXPECT_THROW(Keyring::unlock("correct horse battery stapl", params), bosai::people::WrongPassphrase);
}

TEST(Keyring, SealedTextIsNotPlainAndOpensOnlyInItsContext) {
  const auto params = Keyring::new_params("correct horse battery staple");
  const auto keys = Keyring::unlock("correct horse battery staple", params);
  const std::string secret = "見本 花子 03-0000-1234";
  const auto sealed = keys.seal(secret, "person|a");
  EXPECT_EQ(sealed.find("03-0000"), std::string::npos);
  EXPECT_EQ(sealed.find("見本"), std::string::npos);
  EXPECT_EQ(keys.open(sealed, "person|a"), secret);
  EXPECT_THROW(keys.open(sealed, "person|b"), std::runtime_error);
  auto altered = sealed;
  altered[altered.size() / 2] ^= 1;
  EXPECT_THROW(keys.open(altered, "person|a"), std::runtime_error);
  // Two seals of the same text differ (random nonce), so equal values cannot be spotted in the file.
  EXPECT_NE(keys.seal(secret, "person|a"), sealed);
}

TEST(Keyring, TagsAndPseudonymsAreStableAndIndependent) {
  const auto params = Keyring::new_params("correct horse battery staple");
  const auto a = Keyring::unlock("correct horse battery staple", params);
  const auto b = Keyring::unlock("correct horse battery staple", params);
  EXPECT_EQ(a.tag("S000001"), b.tag("S000001"));
  EXPECT_NE(a.tag("S000001"), a.tag("S000002"));
  EXPECT_NE(a.tag("S000001"), a.pseudonym("S000001"));
  const auto other = Keyring::unlock("another passphrase here", Keyring::new_params("another passphrase here"));
  EXPECT_NE(a.pseudonym("S000001"), other.pseudonym("S000001"));
}
