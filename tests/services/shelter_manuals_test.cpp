// Protects the 避難所運営マニュアル workflow (docs/shelter-manuals.md), which shares the 地区防災計画's versions:
// the sample imports for its shelter (by 共通ID or name), an edited checklist item and sentence are a new
// version whose diff is exactly those edits, the committee records approval (a facilitator cannot), the approved
// version is the one shown; a manual for an unknown shelter or a 緊急避難場所 record stores nothing; overdue
// manuals are listed under their shelter's 地区; section links resolve and a revision draft opened from a
// finding imports back as the next version; a manual started from the model imports.
#include "services/community_documents.h"

#include "core/error.h"
#include "documents/manual_structure.h"
#include "people/access_denied.h"
#include "services/document_links.h"
#include "services/manual_drafts.h"
#include "services/sample_ward.h"
#include "store/document_repository.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace bosai {
namespace {

using people::Role;
constexpr auto kManual = DocumentKind::kShelterManual;

std::filesystem::path sample_manual() { return test::SampleWard::sample("plans/manuals/ikejiri-higashi.md"); }

std::filesystem::path write(const std::filesystem::path& file, const std::string& text) {
  std::ofstream(file) << text;
  return file;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// The first checklist item of the opening checklist and the first sentence of the policy, as shipped.
struct Edits {
  std::string item, sentence;
};
Edits first_item_and_sentence(store::Store& store) {
  const auto doc = services::document_version(store, kManual, "X1311290116111");
  Edits e;
  for (const auto& s : services::document_sections(kManual, doc)) {
    if (s.id == "checklist-opening") {
      for (const auto& u : s.units) {
        if (u.kind == documents::UnitKind::kChecklist && e.item.empty()) e.item = u.text;
      }
    }
    if (s.id == "policy") {
      for (const auto& u : s.units) {
        if (u.kind == documents::UnitKind::kText && e.sentence.empty() && u.text.find("。") != std::string::npos) {
          e.sentence = u.text;
        }
      }
    }
  }
  return e;
}

TEST(ShelterManuals, EditsMakeANewVersionWhoseDiffIsExactlyThemAndTheApprovedOneIsShown) {
  test::SampleWard ward;
  auto& store = ward.store();
  const auto first = services::import_document(store, kManual, sample_manual());
  EXPECT_TRUE(first.created);
  EXPECT_EQ(first.owner.name, "池尻東小学校");
  EXPECT_TRUE(first.missing_cards.empty());
  const auto e = first_item_and_sentence(store);
  ASSERT_FALSE(e.item.empty());
  ASSERT_FALSE(e.sentence.empty());
  auto text = test::read_file(sample_manual());
  text = replaced(text, e.item, e.item + "（二人で）");
  text = replaced(text, e.sentence, "まず" + e.sentence);
  const auto second = services::import_document(store, kManual, write(ward.dir() / "r2.md", text));
  ASSERT_EQ(second.version, 2);
  const auto c = services::compare_documents(store, kManual, "池尻東小学校", 1, 2);
  ASSERT_EQ(c.diff.change_count(), 2u);
  int changed = 0;
  for (const auto& s : c.diff.sections) {
    for (const auto& u : s.changes) {
      EXPECT_EQ(u.kind, documents::UnitChangeKind::kChanged);
      ++changed;
      if (s.id == "checklist-opening") EXPECT_EQ(u.after, e.item + "（二人で）");
      if (s.id == "policy") EXPECT_EQ(u.after, "まず" + e.sentence);
    }
  }
  EXPECT_EQ(changed, 2);

  EXPECT_THROW(services::approve_document(store, kManual, "池尻東小学校",
                                          {2, "2026-05-01", "池尻東小学校避難所運営委員会", Role::kFacilitator}),
               people::AccessDenied);
  services::approve_document(store, kManual, "池尻東小学校", {1, "2026-04-20", "池尻東小学校避難所運営委員会", Role::kCommittee});
  const auto r = services::approve_document(store, kManual, "X1311290116111",
                                            {2, "2026-05-01", "池尻東小学校避難所運営委員会", Role::kCommittee});
  EXPECT_EQ(r.superseded, 1);
  const auto shown = services::document_version(store, kManual, "池尻東小学校");
  EXPECT_EQ(shown.version, 2);
  EXPECT_NE(shown.body.find("（二人で）"), std::string::npos);
  EXPECT_EQ(services::document_history(store, kManual, "池尻東小学校")[0].status, DocumentStatus::kSuperseded);
  EXPECT_TRUE(store.documents(DocumentKind::kDistrictPlan).all().empty()) << "manuals are not 地区 plans";
}

TEST(ShelterManuals, AManualForAnUnknownShelterOrAnEmergencySiteStoresNothing) {
  test::SampleWard ward;
  auto text = test::read_file(sample_manual());
  const auto unknown = write(ward.dir() / "unknown.md", replaced(text, "避難所: X1311290116111", "避難所: 架空小学校"));
  try {
    services::import_document(ward.store(), kManual, unknown);
    ADD_FAILURE() << "accepted";
  } catch (const NotFoundError& e) {
    EXPECT_EQ(e.file(), unknown.string());
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.field(), "避難所");
  }
  // 池尻南小学校 is a 指定避難所 and a 指定緊急避難場所 (two records): a manual is for the 避難所 record, so its
  // name is enough, and the 緊急避難場所 record's id is refused.
  const auto site = write(ward.dir() / "site.md", replaced(text, "X1311290116111", "X1311290119201"));
  EXPECT_THROW(services::import_document(ward.store(), kManual, site), NotFoundError);
  const auto gathering = write(ward.dir() / "park.md", replaced(text, "X1311290116111", "G0062"));
  EXPECT_THROW(services::import_document(ward.store(), kManual, gathering), NotFoundError);
  // By name, a park that is only a 一時集合所 is refused saying what it is, not that it does not exist.
  const auto park = write(ward.dir() / "park-name.md", replaced(text, "X1311290116111", "池尻さくら公園"));
  try {
    services::import_document(ward.store(), kManual, park);
    ADD_FAILURE() << "accepted";
  } catch (const NotFoundError& e) {
    EXPECT_NE(std::string(e.what()).find("一時集合所として登録されています"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(ward.store().documents(kManual).all().empty());
  const auto by_name = write(ward.dir() / "south.md", replaced(text, "X1311290116111", "池尻南小学校"));
  EXPECT_EQ(services::import_document(ward.store(), kManual, by_name).owner.code, "X1311290118111");
}

TEST(ShelterManuals, OverdueManualsAreListedUnderTheirShelters地区) {
  test::SampleWard ward;
  services::import_document(ward.store(), kManual, sample_manual());
  EXPECT_TRUE(services::overdue_documents(ward.store(), kManual, "2027-03-31").empty());
  const auto due = services::overdue_documents(ward.store(), kManual, "2027-04-01");
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].district_name, "池尻");
  EXPECT_EQ(due[0].owner.name, "池尻東小学校");
}

TEST(ShelterManuals, ALinkResolvesAndARevisionDraftFromAFindingImportsAsTheNextVersion) {
  test::SampleWard ward;
  services::import_document(ward.store(), kManual, sample_manual());
  const auto link = services::resolve_document_ref(ward.store(), "manual:池尻東小学校#card-general-initial");
  EXPECT_EQ(link.ref.owner, "X1311290116111");
  EXPECT_EQ(link.section.role, documents::ManualRole::kGeneral);
  EXPECT_THROW(services::resolve_document_ref(ward.store(), "manual:池尻東小学校#no-such-section"), NotFoundError);
  EXPECT_THROW(services::resolve_document_ref(ward.store(), "manual:池尻東小学校"), InputError);

  const auto draft = services::revision_draft(ward.store(), "manual:X1311290116111#card-general-initial",
                                              "本部の腕章が見つからなかった", "2026-12-04");
  const auto at = draft.find("<!-- 所見（2026-12-04）: 本部の腕章が見つからなかった -->");
  ASSERT_NE(at, std::string::npos);
  EXPECT_LT(draft.rfind("{#card-general-initial", at), at) << "under the section's heading";
  const auto next = services::import_document(ward.store(), kManual, write(ward.dir() / "draft.md", draft));
  EXPECT_EQ(next.version, 2);
  const auto c = services::compare_documents(ward.store(), kManual, "X1311290116111", 1, 2);
  EXPECT_TRUE(c.diff.empty()) << "the finding is a note, not content";
  EXPECT_EQ(services::document_version(ward.store(), kManual, "X1311290116111").label, "改定案");
}

TEST(ShelterManuals, AManualStartedFromTheModelImports) {
  test::SampleWard ward;
  const auto text = services::manual_from_model(ward.store(), "池尻西小学校",
                                                test::SampleWard::sample("plans/manuals/model.md"), "2026-12-04");
  EXPECT_EQ(text.find("{{"), std::string::npos);
  EXPECT_NE(text.find("池尻西小学校 避難所運営マニュアル"), std::string::npos);
  EXPECT_NE(text.find("次回見直し日: 2027-12-04"), std::string::npos);
  const auto result = services::import_document(ward.store(), kManual, write(ward.dir() / "new.md", text));
  EXPECT_EQ(result.owner.name, "池尻西小学校");
  EXPECT_TRUE(result.missing_cards.empty());
}

}  // namespace
}  // namespace bosai
