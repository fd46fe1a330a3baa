import type { Protocol, ReturnWeek } from "../protocol/protocol-types.ts";

/** Sessions a return week needs before the next one: the week's sessions, or fewer with earned progression. */
export function requiredSessions(week: ReturnWeek, protocol: Protocol): number {
  const progression = protocol.returnToRun.progression;
  return progression?.kind === "earned"
    ? Math.min(progression.sessionsAtWeekBeforeAdvance, week.sessionsPerWeek)
    : week.sessionsPerWeek;
}

export function returnWeekOf(protocol: Protocol, week: number): ReturnWeek | undefined {
  return protocol.returnToRun.weeks.find((w) => w.week === week);
}
