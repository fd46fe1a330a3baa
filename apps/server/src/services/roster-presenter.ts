import type { RosterAnswer } from "./roster-service.ts";

/** The line fields of a runner who has no stored line yet, as the API sends them (athletesResponseSchema). */
const noLineFields =
  '"attention":null,"phase":null,"state":null,"stateReason":null,"week":null,"runningAllowed":null,' +
  '"stopThreshold0to10":null,"openFlags":[],"adherence7":null,"adherence28":null,"painSparkline":[],' +
  '"lastActivityDate":null';

/** A fixed-format string (see presentRosterJson) or null as JSON. */
function quotedOrNull(text: string | null): string {
  return text === null ? "null" : `"${text}"`;
}

/**
 * The roster as the API sends it (athletesResponseSchema), written as JSON text: each runner's stored
 * line is already the JSON of exactly the line fields (RosterLineBody), so it is spliced in as stored
 * instead of parsed and serialised again for every row of every view. The runner's own fields are
 * written one by one rather than as an object serialised per row (95 µs instead of 155 µs for a
 * 50-line page here, docs/decisions/roster-summary.md): the name through JSON.stringify, the rest
 * quoted as they are, since none can hold a quote or a backslash: ids are UUIDs (checked where they
 * enter), `since` and `lastMessageAt` ISO instants and `today` and `asOf` dates, all written by the server.
 */
export function presentRosterJson(roster: RosterAnswer): string {
  let text = '{"athletes":[';
  for (const [index, athlete] of roster.athletes.entries()) {
    const lineFields = athlete.lineJson === null ? noLineFields : athlete.lineJson.slice(1, -1);
    const groupIds = athlete.groupIds.length === 0 ? "" : `"${athlete.groupIds.join('","')}"`;
    text +=
      `${index === 0 ? "" : ","}{"runnerId":"${athlete.runnerId}","name":${JSON.stringify(athlete.name)},` +
      `"since":"${athlete.since}","groupIds":[${groupIds}],"today":"${athlete.today}",` +
      `"asOf":${quotedOrNull(athlete.asOf)},"unreadMessages":${athlete.unreadMessages},` +
      `"lastMessageAt":${quotedOrNull(athlete.lastMessageAt)},${lineFields}}`;
  }
  const counts = JSON.stringify({
    total: roster.total,
    matching: roster.matching,
    offset: roster.offset,
    limit: roster.limit,
    updating: roster.updating,
  });
  return `${text}],${counts.slice(1)}`;
}
