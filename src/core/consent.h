#pragma once
#include <string>

namespace bosai {

// One consent fact as the register keeps it: whether it was given, on which date (YYYY-MM-DD) and how it was
// obtained (書面, 口頭, 訪問 …). Plain text columns in the store: they are counted for progress and say
// nothing about who the person is.
struct ConsentFact {
  bool given = false;
  std::string date;
  std::string method;
};

// The three separate consents of the 避難行動要支援者 scheme: they are given and withdrawn independently.
struct Consents {
  ConsentFact share_register;  // 平常時の名簿提供 (to 町会, 民生委員 … under agreement)
  ConsentFact make_plan;       // 個別避難計画の作成
  ConsentFact share_plan;      // 個別避難計画の提供 (to supporters and the 町会)
};

}  // namespace bosai
