import type { RosterLine } from "../../services/roster-service.ts";

/** The roster as the API sends it: each line's stored summary cut down to what the table shows. */
export function presentRoster(roster: { athletes: RosterLine[]; total: number; updating: number }) {
  return {
    total: roster.total,
    updating: roster.updating,
    athletes: roster.athletes.map((line) => ({
      runnerId: line.runnerId,
      name: line.name,
      since: line.since,
      groupIds: line.groupIds,
      today: line.today,
      asOf: line.asOf,
      attention: line.attention,
      phase: line.summary?.phase ?? null,
      state: line.summary?.state ?? null,
      stateReason: line.summary?.stateReason ?? null,
      week: line.summary?.week ?? null,
      runningAllowed: line.summary?.runningAllowed ?? null,
      stopThreshold0to10: line.summary?.stopThreshold0to10 ?? null,
      openFlags: line.summary?.flags ?? [],
      adherence7: line.numbers?.adherence7 ?? null,
      adherence28: line.numbers?.adherence28 ?? null,
      painSparkline: line.numbers?.painSparkline ?? [],
      lastActivityDate: line.summary?.lastActivityDate ?? null,
      unreadMessages: line.unreadMessages,
      lastMessageAt: line.lastMessageAt,
    })),
  };
}
