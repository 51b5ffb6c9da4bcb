#pragma once
#include "core/person.h"
#include "people/keyring.h"
#include "store/people_repository.h"

namespace bosai::people {

// Between the domain Person and what the store keeps: personal fields become one sealed JSON blob whose
// AEAD context is the row's register tag, so a blob copied onto another row fails to open.
store::StoredPerson seal_person(const Person& person, const Keyring& keys);
Person open_person(const store::StoredPerson& stored, const Keyring& keys);

}  // namespace bosai::people
