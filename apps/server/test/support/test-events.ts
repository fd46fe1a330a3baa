import { randomUUID } from "node:crypto";

/** Valid events of the vocabulary, with overridable fields. */
export const testEvents = {
  run(localDate: string, overrides: Record<string, unknown> = {}) {
    return {
      id: randomUUID(),
      version: 1,
      type: "run.logged",
      occurredAt: `${localDate}T07:00:00.000Z`,
      localDate,
      distanceMeters: 5000,
      durationSeconds: 1800,
      surface: "asphalt",
      painDuring0to10: 1,
      painAfter0to10: 1,
      ...overrides,
    };
  },
  pain(localDate: string, pain0to10: number, overrides: Record<string, unknown> = {}) {
    return {
      id: randomUUID(),
      version: 1,
      type: "pain.checkin",
      occurredAt: `${localDate}T20:00:00.000Z`,
      localDate,
      pain0to10,
      ...overrides,
    };
  },
  triage(localDate: string, answers: Record<string, boolean> = {}) {
    return {
      id: randomUUID(),
      version: 1,
      type: "triage.answered",
      occurredAt: `${localDate}T08:00:00.000Z`,
      localDate,
      answers,
      context: "onboarding",
    };
  },
};
