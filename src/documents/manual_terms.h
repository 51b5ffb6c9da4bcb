#pragma once
#include <optional>
#include <span>
#include <string>

namespace bosai::documents {

// The words a 避難所運営マニュアル is organised by (docs/shelter-manuals.md): the 4 担当 of a 避難所運営委員会
// (other cities use 8 班; a manual here uses these four, as the ward's model manual does) and the four phases.
enum class ManualRole { kGeneral, kShelter, kFood, kHealth };
enum class ManualPhase { kInitial, kExpansion, kStable, kWithdrawal };

// What a section is: prose (the default), a first-action card, or a checklist.
enum class SectionKind { kProse, kCard, kChecklist };

std::span<const ManualRole> manual_roles();    // in the model manual's order
std::span<const ManualPhase> manual_phases();  // in time order

const char* manual_role_code(ManualRole role);      // general, shelter, food, health
const char* manual_role_label(ManualRole role);     // 総務・情報, 避難所, 給食・物資, 救護・衛生
const char* manual_phase_code(ManualPhase phase);   // initial, expansion, stable, withdrawal
const char* manual_phase_label(ManualPhase phase);  // 初動期, 展開期, 安定期, 撤収期
const char* manual_phase_span(ManualPhase phase);   // 発災〜24時間, 〜3週間程度 … (what the phase covers)
const char* section_kind_code(SectionKind kind);    // prose, card, checklist
const char* section_kind_label(SectionKind kind);   // 本文, カード, チェックリスト

// The label or the code, as a heading's attributes may write either.
std::optional<ManualRole> parse_manual_role(const std::string& text);
std::optional<ManualPhase> parse_manual_phase(const std::string& text);
std::optional<SectionKind> parse_section_kind(const std::string& text);

}  // namespace bosai::documents
