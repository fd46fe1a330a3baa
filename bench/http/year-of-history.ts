import { addDays } from "@backstride/domain";

/**
 * A plausible year for one runner: onboarding answers, then five runs a week (about 250), a pain
 * check-in most days, rehab sessions, and one flare-up in spring.
 */
export function yearOfHistory(today: string, shoeId: string, newId: () => string): Record<string, unknown>[] {
  const start = addDays(today, -365);
  const events: Record<string, unknown>[] = [
    {
      id: newId(),
      version: 1,
      type: "triage.answered",
      occurredAt: `${start}T08:00:00Z`,
      localDate: start,
      answers: {},
      context: "onboarding",
    },
    {
      id: newId(),
      version: 1,
      type: "causes.assessed",
      occurredAt: `${start}T08:05:00Z`,
      localDate: start,
      answers: {},
    },
  ];
  for (let day = 1; day <= 365; day += 1) {
    const date = addDays(start, day);
    const weekday = day % 7;
    const pain = day % 97 === 0 ? 4 : day % 5 === 0 ? 2 : 1;
    if (weekday !== 2 && weekday !== 5 && events.filter((event) => event.type === "run.logged").length < 250) {
      events.push({
        id: newId(),
        version: 1,
        type: "run.logged",
        occurredAt: `${date}T06:30:00Z`,
        localDate: date,
        distanceMeters: 4000 + (day % 9) * 700,
        durationSeconds: 1500 + (day % 9) * 250,
        surface: day % 3 === 0 ? "trail" : "asphalt",
        shoeId,
        painDuring0to10: Math.min(pain, 2),
        painAfter0to10: Math.min(pain, 2),
        cadenceStepsPerMinute: 166 + (day % 8),
      });
    } else {
      events.push({
        id: newId(),
        version: 1,
        type: "session.completed",
        occurredAt: `${date}T18:00:00Z`,
        localDate: date,
        kind: "rehab-circuit",
        durationSeconds: 1200,
        painDuring0to10: 1,
        painAfter0to10: 1,
      });
    }
    if (day % 2 === 0) {
      events.push({
        id: newId(),
        version: 1,
        type: "pain.checkin",
        occurredAt: `${date}T20:00:00Z`,
        localDate: date,
        pain0to10: pain,
      });
    }
    if (day === 120) {
      events.push({
        id: newId(),
        version: 1,
        type: "flare-up.reported",
        occurredAt: `${date}T21:00:00Z`,
        localDate: date,
        pain0to10: 5,
      });
    }
  }
  return events;
}
