/** What storage holds after a repair plan is applied: the model of user-data-store's writes, for tests. */
import type { RepairPlan, StorageSnapshot } from './read-stored-data';

export function applyRepair(snapshot: StorageSnapshot, plan: RepairPlan): Record<string, unknown> {
  const next: Record<string, unknown> = { ...snapshot, ...plan.setAside, ...plan.write };
  for (const key of plan.remove) if (!(key in plan.write)) delete next[key];
  return next;
}
