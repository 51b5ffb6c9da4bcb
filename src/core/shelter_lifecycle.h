#pragma once
#include "core/shelter.h"
#include "core/shelter_kind.h"

#include <string>

namespace bosai {

// True for the kinds where people stay (and so need capacity, supplies): 指定避難所, 福祉避難所, 予備避難所.
bool is_staying_shelter(ShelterKind kind);
// Whether a shelter is in effect on `date` (ISO yyyy-mm-dd; lifecycle from/to, both inclusive).
bool in_effect(const Shelter& s, const std::string& date);

}  // namespace bosai
