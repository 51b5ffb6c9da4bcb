// Protects the 地区防災計画 workflow (docs/district-plans.md): every version kept; an edited text is a new
// draft and an unchanged one is none; approval needs an entitled role and supersedes what came before; an
// approved version cannot be changed by any route, not even SQL; the approved version is the one shown; the
// diff reports exactly what was edited; bad files store nothing; overdue reviews are found per 地区.
#include "services/community_documents.h"

#include "core/error.h"
#include "people/access_denied.h"
#include "services/sample_ward.h"
#include "store/document_repository.h"
#include "store/sqlite/database.h"
#include "support/temp_dir.h"

#include <gtest/gtest.h>

#include <fstream>

namespace bosai {
namespace {

using people::Role;

std::filesystem::path sample_plan() { return test::SampleWard::sample("plans/district-plans/ikejiri.md"); }

// The sample with one sentence and one checklist item edited, written into `dir`.
std::filesystem::path edited_plan(const std::filesystem::path& dir) {
  auto text = test::read_file(sample_plan());
  const auto replace = [&](const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
  };
  replace("在宅避難ができる家庭を増やし、", "在宅避難ができる家庭を地区の半数以上に増やし、");
  replace("防災倉庫の資機材を点検する（年2回）", "防災倉庫の資機材と発電機を点検する（年2回）");
  const auto file = dir / "ikejiri-r8.md";
  std::ofstream(file) << text;
  return file;
}

services::DocumentApproval approval(int version, Role role = Role::kCentreStaff) {
  return {version, "2026-03-20", "池尻地区区民防災会議", role};
}

TEST(DistrictPlans, EditedTextIsANewVersionAndTheDiffShowsExactlyTheEdits) {
  test::SampleWard ward;
  auto& store = ward.store();
  const auto first = services::import_document(store, DocumentKind::kDistrictPlan, sample_plan());
  EXPECT_TRUE(first.created);
  EXPECT_EQ(first.version, 1);
  EXPECT_FALSE(services::import_document(store, DocumentKind::kDistrictPlan, sample_plan()).created) << "same text again: no new version";
  const auto second = services::import_document(store, DocumentKind::kDistrictPlan, edited_plan(ward.dir().path()));
  EXPECT_EQ(second.version, 2);
  ASSERT_EQ(services::document_history(store, DocumentKind::kDistrictPlan, "池尻").size(), 2u);

  const auto c = services::compare_documents(store, DocumentKind::kDistrictPlan, "ikejiri", 1, 2);
  EXPECT_EQ(c.diff.change_count(), 2u);
  std::vector<std::string> changed;
  for (const auto& s : c.diff.sections) {
    if (s.kind == documents::SectionChangeKind::kUnchanged) continue;
    changed.push_back(s.id);
    ASSERT_EQ(s.changes.size(), 1u) << s.id;
    EXPECT_EQ(s.changes[0].kind, documents::UnitChangeKind::kChanged);
  }
  EXPECT_EQ(changed, (std::vector<std::string>{"goals", "routine"}));
}

TEST(DistrictPlans, ApprovingTheSecondSupersedesTheFirstAndIsWhatIsShown) {
  test::SampleWard ward;
  auto& store = ward.store();
  services::import_document(store, DocumentKind::kDistrictPlan, sample_plan());
  services::import_document(store, DocumentKind::kDistrictPlan, edited_plan(ward.dir().path()));
  EXPECT_EQ(services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri").version, 2) << "no approval yet: the latest";

  services::approve_document(store, DocumentKind::kDistrictPlan, "ikejiri", approval(1));
  EXPECT_EQ(services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri").version, 1) << "the approved one, though 2 is newer";
  const auto result = services::approve_document(store, DocumentKind::kDistrictPlan, "ikejiri", approval(2));
  EXPECT_EQ(result.superseded, 1);
  const auto history = services::document_history(store, DocumentKind::kDistrictPlan, "ikejiri");
  EXPECT_EQ(history[0].status, DocumentStatus::kSuperseded);
  EXPECT_EQ(history[1].status, DocumentStatus::kApproved);
  EXPECT_EQ(history[1].approved_on, "2026-03-20");
  EXPECT_EQ(history[1].approving_body, "池尻地区区民防災会議");
  const auto shown = services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri");
  EXPECT_EQ(shown.version, 2);
  EXPECT_NE(services::document_text(DocumentKind::kDistrictPlan, shown).find("状態: 承認済"), std::string::npos);
  EXPECT_NE(shown.body.find("発電機"), std::string::npos);
}

TEST(DistrictPlans, ApprovingANewerDraftSupersedesOlderDrafts) {
  test::SampleWard ward;
  services::import_document(ward.store(), DocumentKind::kDistrictPlan, sample_plan());
  services::import_document(ward.store(), DocumentKind::kDistrictPlan, edited_plan(ward.dir().path()));
  services::approve_document(ward.store(), DocumentKind::kDistrictPlan, "ikejiri", approval(2));
  EXPECT_EQ(services::document_history(ward.store(), DocumentKind::kDistrictPlan, "ikejiri")[0].status, DocumentStatus::kSuperseded);
  EXPECT_THROW(services::approve_document(ward.store(), DocumentKind::kDistrictPlan, "ikejiri", approval(1)), InputError);
}

TEST(DistrictPlans, ApprovalNeedsAnEntitledRoleAndChangesNothingWhenRefused) {
  test::SampleWard ward;
  services::import_document(ward.store(), DocumentKind::kDistrictPlan, sample_plan());
  for (Role role : {Role::kFacilitator, Role::kCommittee, Role::kSupporter}) {
    EXPECT_THROW(services::approve_document(ward.store(), DocumentKind::kDistrictPlan, "ikejiri", approval(1, role)), people::AccessDenied);
    EXPECT_THROW(services::submit_document(ward.store(), DocumentKind::kDistrictPlan, "ikejiri", 1, role), people::AccessDenied);
  }
  EXPECT_EQ(services::document_version(ward.store(), DocumentKind::kDistrictPlan, "ikejiri").status, DocumentStatus::kDraft);
  services::approve_document(ward.store(), DocumentKind::kDistrictPlan, "ikejiri", approval(1, Role::kWardStaff));
  EXPECT_EQ(services::document_version(ward.store(), DocumentKind::kDistrictPlan, "ikejiri").status, DocumentStatus::kApproved);
}

TEST(DistrictPlans, AnApprovedVersionCannotBeChanged) {
  test::SampleWard ward;
  auto& store = ward.store();
  services::import_document(store, DocumentKind::kDistrictPlan, sample_plan());
  services::approve_document(store, DocumentKind::kDistrictPlan, "ikejiri", approval(1));
  // Re-importing its own export is no change; an edited text is a new draft beside it.
  const auto exported = ward.dir().path() / "exported.md";
  std::ofstream(exported) << services::document_text(DocumentKind::kDistrictPlan, services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri"));
  EXPECT_FALSE(services::import_document(store, DocumentKind::kDistrictPlan, exported).created);
  const auto edited = services::import_document(store, DocumentKind::kDistrictPlan, edited_plan(ward.dir().path()));
  EXPECT_EQ(edited.version, 2);
  const auto v1 = *store.documents(DocumentKind::kDistrictPlan).find("ikejiri", 1);
  EXPECT_EQ(v1.status, DocumentStatus::kApproved);
  EXPECT_EQ(v1.body, services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri", 1).body);
  EXPECT_EQ(services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri", 2).status, DocumentStatus::kDraft);
  EXPECT_THROW(services::approve_document(store, DocumentKind::kDistrictPlan, "ikejiri", {1, "2026-04-01", "別の会議", Role::kWardStaff}),
               InputError)
      << "approved once";
  // Not even SQL changes the text or the approval of a stored version, or deletes one.
  store::Database db(ward.db());
  EXPECT_ANY_THROW(db.exec("UPDATE district_plan SET body = 'x' WHERE version = 1"));
  EXPECT_ANY_THROW(db.exec("UPDATE district_plan SET approved_on = '2027-01-01' WHERE version = 1"));
  EXPECT_ANY_THROW(db.exec("DELETE FROM district_plan"));
  EXPECT_ANY_THROW(db.exec("UPDATE district_plan SET status = 'approved', approved_on = '2026-05-01', "
                           "approving_body = 'x' WHERE version = 2"))
      << "one approved version per 地区";
}

TEST(DistrictPlans, SubmittedThenApprovedAndArchivedVersionsLeaveTheOverdueList) {
  test::SampleWard ward;
  auto& store = ward.store();
  services::import_document(store, DocumentKind::kDistrictPlan, sample_plan());
  services::submit_document(store, DocumentKind::kDistrictPlan, "ikejiri", 1, Role::kCentreStaff);
  EXPECT_EQ(services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri").status, DocumentStatus::kInReview);
  EXPECT_THROW(services::submit_document(store, DocumentKind::kDistrictPlan, "ikejiri", 1, Role::kCentreStaff), InputError)
      << "already in review";
  services::approve_document(store, DocumentKind::kDistrictPlan, "ikejiri", approval(1));
  ASSERT_EQ(services::overdue_documents(store, DocumentKind::kDistrictPlan, "2027-01-01").size(), 1u);
  services::archive_document(store, DocumentKind::kDistrictPlan, "ikejiri", 1, Role::kWardStaff);
  EXPECT_EQ(services::document_version(store, DocumentKind::kDistrictPlan, "ikejiri").status, DocumentStatus::kArchived);
  EXPECT_TRUE(services::overdue_documents(store, DocumentKind::kDistrictPlan, "2027-01-01").empty()) << "a retired plan is not due";
  EXPECT_THROW(services::archive_document(store, DocumentKind::kDistrictPlan, "ikejiri", 1, Role::kWardStaff), InputError);
}

TEST(DistrictPlans, UnknownDistrictIsRefusedAtItsLineAndNothingIsStored) {
  test::SampleWard ward;
  auto text = test::read_file(sample_plan());
  text.replace(text.find("地区: ikejiri"), std::string("地区: ikejiri").size(), "地区: 架空町");
  const auto file = ward.dir().path() / "unknown.md";
  std::ofstream(file) << text;
  try {
    services::import_document(ward.store(), DocumentKind::kDistrictPlan, file);
    FAIL() << "accepted";
  } catch (const InputError& e) {
    EXPECT_EQ(e.file(), file.string());
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.field(), "地区");
  }
  EXPECT_TRUE(ward.store().documents(DocumentKind::kDistrictPlan).all().empty());
}

TEST(DistrictPlans, OverdueReviewsPerDistrict) {
  test::SampleWard ward;
  for (const char* d : {"ikejiri", "taishido", "futakotamagawa"}) {
    services::import_document(ward.store(), DocumentKind::kDistrictPlan,
                                   test::SampleWard::sample(std::string("plans/district-plans/") + d + ".md"));
  }
  // 次回見直し日: 二子玉川 2025-07-31, 太子堂 2026-05-31, 池尻 2026-06-30.
  const auto overdue = services::overdue_documents(ward.store(), DocumentKind::kDistrictPlan, "2026-06-01");
  ASSERT_EQ(overdue.size(), 2u);
  EXPECT_EQ(overdue[0].district_name, "太子堂");
  EXPECT_EQ(overdue[1].district_name, "二子玉川");
  EXPECT_TRUE(services::overdue_documents(ward.store(), DocumentKind::kDistrictPlan, "2025-07-31").empty()) << "due that day is not late";
}

}  // namespace
}  // namespace bosai
