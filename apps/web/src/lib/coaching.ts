import { type DistanceUnit, formatDay, formatDistance, unitToMeters } from "@backstride/domain";
import { ApiError, NetworkError } from "./api.ts";
import { localDateOf } from "./local-date.ts";

/**
 * Pure helpers for the consent screens (Sharing for runners, My runners for coaches): reading an invite
 * code, words for audit entries and attention, the plan adjustment form, and what to say when a request fails.
 */

const invitePattern = /^[A-Za-z0-9_-]{16,64}$/;

/** A pasted or typed code, spaces and line breaks removed; null when it cannot be an invite code. */
export function normalizeInviteCode(text: string): string | null {
  const code = text.replace(/\s+/g, "");
  return invitePattern.test(code) ? code : null;
}

/** The server audits each read under its route id; the runner reads what was looked at, in plain words. */
const auditWords: Record<string, string> = {
  roster: "Your summary on their list of runners",
  athletePlan: "Your plan",
  athleteEvents: "Your log and pain scores",
  athleteMessages: "Your messages",
};

export function auditActionWords(action: string): string {
  return auditWords[action] ?? action;
}

/** Audit entries have no id; a stable key per entry, counting repeats of the same coach, action and instant. */
export function withAuditKeys<T extends { coachId: string; action: string; at: string }>(
  entries: readonly T[],
): (T & { key: string })[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const base = `${entry.at}|${entry.coachId}|${entry.action}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return { ...entry, key: count === 0 ? base : `${base}|${count}` };
  });
}

/** "Thu 12 Mar, 14:05": an instant as a day and a clock time in the reader's time zone. */
export function formatInstant(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${formatDay(localDateOf(instant, timeZone))}, ${time}`;
}

/** "Thu 12 Mar": the day of an instant in the reader's time zone. */
export function formatInstantDay(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  return formatDay(localDateOf(instant, timeZone));
}

export interface AttentionSummary {
  openRedFlag: "emergency" | "urgent" | "soon" | null;
  painTrend: "rising" | "falling" | "steady" | null;
  loadJumpShare: number | null;
  daysSinceLastActivity: number | null;
}

/** More days than this without a run or session counts as inactive, as the server's attention score does. */
export const inactiveAfterDays = 7;

/** Short tags for the roster, most serious first: what made this runner rise to the top. */
export function attentionTags(attention: AttentionSummary): string[] {
  const tags: string[] = [];
  if (attention.openRedFlag) tags.push("Red flag");
  if (attention.painTrend === "rising") tags.push("Pain rising");
  if (attention.loadJumpShare !== null) tags.push("Load jump");
  if (attention.daysSinceLastActivity !== null && attention.daysSinceLastActivity > inactiveAfterDays) {
    tags.push("Inactive");
  }
  return tags;
}

export type AdjustmentKind = "pain-threshold" | "hold-week" | "weekly-distance-cap" | "rebuild-first" | "note";

export type Adjustment =
  | { kind: "pain-threshold"; pain0to10: number }
  | { kind: "hold-week"; reason: string }
  | { kind: "weekly-distance-cap"; distanceMeters: number }
  | { kind: "rebuild-first"; enabled: boolean }
  | { kind: "note"; text: string };

export interface AdjustmentForm {
  kind: AdjustmentKind;
  painThreshold: string;
  holdReason: string;
  /** In the coach's own distance unit. */
  weeklyCap: string;
  rebuildFirst: boolean;
  note: string;
}

export const emptyAdjustmentForm: AdjustmentForm = {
  kind: "pain-threshold",
  painThreshold: "3",
  holdReason: "",
  weeklyCap: "",
  rebuildFirst: true,
  note: "",
};

/** The form as a coach.adjustment, or the one plain-words problem with it (same limits as the event schema). */
export function parseAdjustment(
  form: AdjustmentForm,
  unit: DistanceUnit,
): { adjustment: Adjustment } | { error: string } {
  switch (form.kind) {
    case "pain-threshold": {
      const pain0to10 = Number(form.painThreshold);
      if (!Number.isInteger(pain0to10) || pain0to10 < 1 || pain0to10 > 5) {
        return { error: "Choose a pain stop from 1 to 5." };
      }
      return { adjustment: { kind: "pain-threshold", pain0to10 } };
    }
    case "hold-week": {
      const reason = form.holdReason.trim();
      if (reason === "") return { error: "Say why the week is held: the runner reads it." };
      if (reason.length > 500) return { error: "Keep the reason under 500 characters." };
      return { adjustment: { kind: "hold-week", reason } };
    }
    case "weekly-distance-cap": {
      const text = form.weeklyCap.trim().replace(",", ".");
      const value = Number(text);
      if (text === "" || !Number.isFinite(value) || value < 0) {
        return { error: `Enter a weekly distance in ${unit}, like 12.` };
      }
      const distanceMeters = Math.round(unitToMeters(value, unit));
      if (distanceMeters > 500_000) return { error: `Keep the cap under ${unit === "km" ? "500 km" : "310 mi"}.` };
      return { adjustment: { kind: "weekly-distance-cap", distanceMeters } };
    }
    case "rebuild-first":
      return { adjustment: { kind: "rebuild-first", enabled: form.rebuildFirst } };
    case "note": {
      const text = form.note.trim();
      if (text === "") return { error: "Write the note first." };
      if (text.length > 2000) return { error: "Keep the note under 2000 characters." };
      return { adjustment: { kind: "note", text } };
    }
  }
}

export const offlineMessage = "You are offline: this needs a connection. Try again when you have signal.";

/** What to tell the reader when a request to the coaching routes fails. */
export function coachingProblem(error: unknown): string {
  if (error instanceof NetworkError) return offlineMessage;
  if (error instanceof ApiError) {
    if (error.status === 404) return "That invite code was not found. It may have expired or been used already.";
    return error.message;
  }
  return "Something went wrong. Try again.";
}

/** A coach's request about a runner was refused because the runner removed (or never gave) access. */
export function isAccessRefused(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403 && error.code === "forbidden";
}

const phaseWords: Record<string, string> = {
  onboarding: "Getting started",
  relief: "Relief",
  rebuild: "Rebuild",
  return: "Return to running",
  progression: "Progression",
  maintenance: "Maintenance",
};

export function phaseWord(phase: string): string {
  return phaseWords[phase] ?? phase;
}

/** The fields of a stored event the coach's list reads; anything else is ignored. */
export interface EventForSummary {
  type: string;
  [field: string]: unknown;
}

const numberOf = (value: unknown): number | null => (typeof value === "number" ? value : null);

function painWords(during: unknown, after: unknown): string {
  const d = numberOf(during);
  const a = numberOf(after);
  if (d === null && a === null) return "";
  if (d !== null && a !== null) return `, pain ${d}/10 during, ${a}/10 after`;
  return `, pain ${d ?? a}/10`;
}

/** One line per event for the coach's "Recent entries": what it was, with distance and pain where it has them. */
export function eventSummary(event: EventForSummary, unit: DistanceUnit): string {
  switch (event.type) {
    case "run.logged": {
      const meters = numberOf(event.distanceMeters);
      return `Run${meters === null ? "" : `, ${formatDistance(meters, unit)}`}${painWords(event.painDuring0to10, event.painAfter0to10)}`;
    }
    case "session.completed":
      return `Session (${String(event.kind ?? "exercise")})${event.endedEarly === true ? ", ended early" : ""}${painWords(event.painDuring0to10, event.painAfter0to10)}`;
    case "pain.checkin":
      return `Pain check-in${painWords(event.pain0to10, null)}`;
    case "flare-up.reported":
      return `Flare-up${painWords(event.pain0to10, null)}`;
    case "triage.answered":
      return "Safety answers";
    case "causes.assessed":
      return "Cause-finder answers";
    case "clearance.recorded":
      return "Clinician's all-clear";
    case "coach.adjustment":
      return "Coach change";
    default:
      return event.type;
  }
}
