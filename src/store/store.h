#pragma once
#include "core/document_kind.h"

#include <functional>

namespace bosai::store {

class WardRepository;
class ShelterRepository;
class PeopleRepository;
class PlanRepository;
class StormCallRepository;
class AuditRepository;
class DocumentRepository;
class KarteRepository;
class DrillRepository;
class CorrectiveActionRepository;
class TallyRepository;
class Maintenance;

// The whole persistent state, behind an interface: SQLite today, a shared PostgreSQL/PostGIS backend later.
// Domain code talks to repositories; it never sees SQL. A read-only view (a Qt model) holds `const Store&`
// and reaches only the repositories' read methods.
class Store {
 public:
  virtual ~Store() = default;

  virtual WardRepository& wards() = 0;
  virtual ShelterRepository& shelters() = 0;
  virtual PeopleRepository& people() = 0;
  virtual PlanRepository& plans() = 0;
  virtual StormCallRepository& storm_calls() = 0;
  virtual AuditRepository& audit() = 0;
  // 地区防災計画 or 避難所運営マニュアル versions: one repository per kind, the same interface.
  virtual DocumentRepository& documents(DocumentKind kind) = 0;
  virtual KarteRepository& karte() = 0;
  virtual DrillRepository& drills() = 0;
  // The improvement plan: corrective actions opened by drill findings, tracked to closure across drills.
  virtual CorrectiveActionRepository& actions() = 0;
  // Sign tally drills (安否確認標識掲出訓練): blocks and the block leaders' reports.
  virtual TallyRepository& tallies() = 0;

  virtual const WardRepository& wards() const = 0;
  virtual const ShelterRepository& shelters() const = 0;
  virtual const PeopleRepository& people() const = 0;
  virtual const PlanRepository& plans() const = 0;
  virtual const StormCallRepository& storm_calls() const = 0;
  virtual const AuditRepository& audit() const = 0;
  virtual const DocumentRepository& documents(DocumentKind kind) const = 0;
  virtual const KarteRepository& karte() const = 0;
  virtual const DrillRepository& drills() const = 0;
  virtual const CorrectiveActionRepository& actions() const = 0;
  virtual const TallyRepository& tallies() const = 0;

  virtual Maintenance& maintenance() = 0;
  virtual const Maintenance& maintenance() const = 0;

  // Runs `work` as one unit of work: everything it wrote lands, or (on an exception) nothing does. Units nest:
  // a service called inside another's unit becomes part of it, so "close a shelter + re-plan + log the decision
  // + audit" commits or vanishes as one. An inner unit that throws undoes only its own writes; whether the rest
  // lands is the outer unit's call (it lands if the outer catches the exception and finishes).
  virtual void atomically(const std::function<void()>& work) = 0;
};

}  // namespace bosai::store
