import type { RosterAnswer } from "../../services/roster-service.ts";

/** The line fields of a runner who has no stored line yet, as the API sends them (athletesResponseSchema). */
const noLineFields =
  '"attention":null,"phase":null,"state":null,"stateReason":null,"week":null,"runningAllowed":null,' +
  '"stopThreshold0to10":null,"openFlags":[],"adherence7":null,"adherence28":null,"painSparkline":[],' +
  '"lastActivityDate":null';

/**
 * The roster as the API sends it (athletesResponseSchema), written as JSON text: each runner's stored
 * line is already the JSON of exactly the line fields (RosterLineBody), so it is spliced in as stored
 * instead of parsed and serialised again for every row of every view (docs/decisions/roster-summary.md).
 */
export function presentRosterJson(roster: RosterAnswer): string {
  const rows = roster.athletes.map((athlete) => {
    const who = JSON.stringify({
      runnerId: athlete.runnerId,
      name: athlete.name,
      since: athlete.since,
      groupIds: athlete.groupIds,
      today: athlete.today,
      asOf: athlete.asOf,
      unreadMessages: athlete.unreadMessages,
      lastMessageAt: athlete.lastMessageAt,
    });
    const lineFields = athlete.lineJson === null ? noLineFields : athlete.lineJson.slice(1, -1);
    return `${who.slice(0, -1)},${lineFields}}`;
  });
  const counts = JSON.stringify({
    total: roster.total,
    matching: roster.matching,
    offset: roster.offset,
    limit: roster.limit,
    updating: roster.updating,
  });
  return `{"athletes":[${rows.join(",")}],${counts.slice(1)}`;
}
