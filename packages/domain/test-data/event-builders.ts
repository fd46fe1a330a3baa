import type { BackstrideEvent, EventOf, LocalDate, SessionKind } from "../src/events/events.ts";

/**
 * Small builders for readable event logs in tests and the scenario table. Ids are deterministic
 * UUIDv7-shaped strings from a per-log counter, and each event happens at noon UTC on its local day
 * unless an hour is given, so logs sort the way they read.
 */
export function eventLog() {
  let counter = 0;
  const base = (localDate: LocalDate, hour = 12) => {
    counter += 1;
    return {
      id: `00000000-0000-7000-8000-${counter.toString(16).padStart(12, "0")}`,
      version: 1 as const,
      occurredAt: `${localDate}T${String(hour).padStart(2, "0")}:00:00Z`,
      localDate,
    };
  };
  return {
    triage(
      localDate: LocalDate,
      answers: Record<string, boolean> = {},
      context: EventOf<"triage.answered">["context"] = "onboarding",
    ): BackstrideEvent {
      return { ...base(localDate, 8), type: "triage.answered", answers, context };
    },
    causes(localDate: LocalDate, usualWeeklyDistanceMeters?: number): BackstrideEvent {
      return {
        ...base(localDate, 9),
        type: "causes.assessed",
        answers: { "heel-scuffing": true },
        ...(usualWeeklyDistanceMeters !== undefined ? { usualWeeklyDistanceMeters } : {}),
      };
    },
    /** Both onboarding questionnaires on one day, nothing flagged. */
    onboard(localDate: LocalDate, usualWeeklyDistanceMeters?: number): BackstrideEvent[] {
      return [this.triage(localDate), this.causes(localDate, usualWeeklyDistanceMeters)];
    },
    session(
      localDate: LocalDate,
      kind: SessionKind,
      fields: Partial<Omit<EventOf<"session.completed">, "type" | "kind" | "localDate">> = {},
    ): BackstrideEvent {
      return {
        ...base(localDate, 17),
        type: "session.completed",
        kind,
        durationSeconds: 1500,
        endedEarly: false,
        ...fields,
      };
    },
    walkRun(
      localDate: LocalDate,
      painDuring0to10 = 1,
      extra: Partial<EventOf<"session.completed">> = {},
    ): BackstrideEvent {
      return this.session(localDate, "walk-run", { painDuring0to10, painAfter0to10: painDuring0to10, ...extra });
    },
    run(
      localDate: LocalDate,
      distanceMeters: number,
      fields: Partial<Omit<EventOf<"run.logged">, "type" | "localDate" | "distanceMeters">> = {},
    ): BackstrideEvent {
      return {
        ...base(localDate, 7),
        type: "run.logged",
        distanceMeters,
        durationSeconds: Math.round(distanceMeters * 0.36),
        surface: "asphalt",
        source: "manual",
        ...fields,
      };
    },
    pain(
      localDate: LocalDate,
      pain0to10: number,
      legSymptoms = false,
      fields: Partial<Omit<EventOf<"pain.checkin">, "type" | "localDate" | "pain0to10">> = {},
    ): EventOf<"pain.checkin"> {
      return { ...base(localDate, 20), type: "pain.checkin", pain0to10, legSymptoms, ...fields };
    },
    /** The check-in the morning after a session, at 07:00. */
    morning(localDate: LocalDate, pain0to10: number): EventOf<"pain.checkin"> {
      return { ...base(localDate, 7), type: "pain.checkin", pain0to10, legSymptoms: false, moment: "morning" };
    },
    episode(localDate: LocalDate, pain0to10: number, onsetAt: string, legSymptoms = false): BackstrideEvent {
      return { ...base(localDate, 7), type: "episode.reported", pain0to10, onsetAt, legSymptoms };
    },
    painRecorded(
      localDate: LocalDate,
      forEventId: string,
      painDuring0to10?: number,
      painAfter0to10?: number,
    ): BackstrideEvent {
      return {
        ...base(localDate, 21),
        type: "pain.recorded",
        forEventId,
        ...(painDuring0to10 !== undefined ? { painDuring0to10 } : {}),
        ...(painAfter0to10 !== undefined ? { painAfter0to10 } : {}),
      };
    },
    corrected(localDate: LocalDate, forEventId: string, changes: EventOf<"run.corrected">["changes"]): BackstrideEvent {
      return { ...base(localDate, 21), type: "run.corrected", forEventId, changes };
    },
    deleted(localDate: LocalDate, forEventId: string): BackstrideEvent {
      return { ...base(localDate, 21), type: "entry.deleted", forEventId };
    },
    flareUp(localDate: LocalDate, pain0to10 = 6): BackstrideEvent {
      return { ...base(localDate, 10), type: "flare-up.reported", pain0to10 };
    },
    clearance(
      localDate: LocalDate,
      clinician = "Dr. Lee, sports physician",
      fields: Partial<Omit<EventOf<"clearance.recorded">, "type" | "localDate" | "clinician">> = {},
    ): BackstrideEvent {
      return { ...base(localDate, 15), type: "clearance.recorded", clinician, ...fields };
    },
    coach(localDate: LocalDate, adjustment: EventOf<"coach.adjustment">["adjustment"]): BackstrideEvent {
      return { ...base(localDate, 6), type: "coach.adjustment", authorId: "coach-1", adjustment };
    },
  };
}
