#pragma once
#include "store/store.h"

#include <filesystem>
#include <string>

namespace bosai::services {

// A shelter's first manual, started from the model manual (plans/manuals/model.md, the project's own モデル版):
// the placeholders {{避難所}} (共通ID) and {{避難所名}} (施設名) filled in for `shelter`, 版 初版, 作成日 `today`
// (YYYY-MM-DD), 次回見直し日 a year on, no 施行日 or 見直し日 yet. The result is checked as `manual import` would
// check it (a broken model is refused naming its own lines); a placeholder the model has but this does not know
// is refused too, rather than left in a committee's manual.
std::string manual_from_model(store::Store& store, const std::string& shelter, const std::filesystem::path& model,
                              const std::string& today);

}  // namespace bosai::services
