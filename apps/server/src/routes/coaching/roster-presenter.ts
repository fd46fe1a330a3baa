import type { RosterAnswer } from "../../services/roster-service.ts";

/** The roster as the API sends it: the stored line of each runner on the page, with who they are. */
export function presentRoster(roster: RosterAnswer) {
  return {
    total: roster.total,
    matching: roster.matching,
    offset: roster.offset,
    limit: roster.limit,
    updating: roster.updating,
    athletes: roster.athletes.map(({ line, ...who }) => ({
      runnerId: who.runnerId,
      name: who.name,
      since: who.since,
      groupIds: who.groupIds,
      today: who.today,
      asOf: who.asOf,
      attention: line?.attention ?? null,
      phase: line?.phase ?? null,
      state: line?.state ?? null,
      stateReason: line?.stateReason ?? null,
      week: line?.week ?? null,
      runningAllowed: line?.runningAllowed ?? null,
      stopThreshold0to10: line?.stopThreshold0to10 ?? null,
      openFlags: line?.openFlags ?? [],
      adherence7: line?.adherence7 ?? null,
      adherence28: line?.adherence28 ?? null,
      painSparkline: line?.painSparkline ?? [],
      lastActivityDate: line?.lastActivityDate ?? null,
      unreadMessages: who.unreadMessages,
      lastMessageAt: who.lastMessageAt,
    })),
  };
}
