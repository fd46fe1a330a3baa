import { causeQuestions } from "../causes/cause-questions.ts";
import { addDays } from "../dates/add-days.ts";
import { fromDayNumber, toDayNumber } from "../dates/day-number.ts";
import { redFlagQuestions } from "../triage/red-flag-questions.ts";
import type { BackstrideEvent, LocalDate } from "./events.ts";

/**
 * What a new event must mean, beyond its shape (issue 9, defect 12). These checks run when an event is
 * written (the server's write gate, a restore), never when a stored log is read: the engine reads old
 * logs with the same zod schema, and an event stored before a check existed must keep parsing.
 */

/** No one logs a run, a pain score or a clinic visit before this day. */
export const earliestEventDate: LocalDate = "1900-01-01";

/**
 * How far past the runner's today a date may lie: a phone whose zone is a day ahead of the profile's,
 * or one that syncs just after midnight, is not lying; a week ahead is a typo or a forgery.
 */
export const maxDaysAfterToday = 2;

/** The world's clocks run from UTC-12 (Baker Island) to UTC+14 (Line Islands). */
const westmostOffsetHours = -12;
const eastmostOffsetHours = 14;

const hourMs = 3_600_000;
const dayMs = 86_400_000;
const earliestDayNumber = toDayNumber(earliestEventDate);

export interface NewEventProblem {
  code: "date-out-of-range" | "local-date-mismatch" | "unknown-question" | "broken-text";
  /** Dotted path inside the event, e.g. "answers.not-a-question". */
  field: string;
  message: string;
}

export interface NewEventCheckInput {
  /** An event that already passed backstrideEventSchema. */
  event: BackstrideEvent;
  /** The runner's today: the server's clock in the runner's time zone (the domain never reads a clock). */
  today: LocalDate;
}

const redFlagIds: ReadonlySet<string> = new Set(redFlagQuestions.map((question) => question.id));
const causeQuestionIds: ReadonlySet<string> = new Set(causeQuestions.map((question) => question.id));

/** The local dates an instant falls on somewhere on Earth, earliest (UTC-12) and latest (UTC+14). */
export function localDatesOfInstant(instantMs: number): { earliest: LocalDate; latest: LocalDate } {
  return {
    earliest: fromDayNumber(Math.floor((instantMs + westmostOffsetHours * hourMs) / dayMs)),
    latest: fromDayNumber(Math.floor((instantMs + eastmostOffsetHours * hourMs) / dayMs)),
  };
}

/** Whether some place on Earth was on `localDate` at the instant (day numbers: no strings on the hot path). */
function instantFallsOn(instantMs: number, localDate: LocalDate): boolean {
  const day = toDayNumber(localDate);
  return (
    day >= Math.floor((instantMs + westmostOffsetHours * hourMs) / dayMs) &&
    day <= Math.floor((instantMs + eastmostOffsetHours * hourMs) / dayMs)
  );
}

function dateRangeProblem(date: LocalDate, field: string, latestAllowed: LocalDate): NewEventProblem | null {
  if (date < earliestEventDate) {
    return { code: "date-out-of-range", field, message: `${date} is before ${earliestEventDate}: check the year.` };
  }
  if (date > latestAllowed) {
    return { code: "date-out-of-range", field, message: `${date} is in the future: check the date.` };
  }
  return null;
}

/** An instant is in range when some place on Earth was then on an allowed local date. */
function instantRangeProblem(iso: string, field: string, latestAllowed: LocalDate): NewEventProblem | null {
  const instantMs = Date.parse(iso);
  if (Math.floor((instantMs + eastmostOffsetHours * hourMs) / dayMs) < earliestDayNumber) {
    return { code: "date-out-of-range", field, message: `${iso} is before ${earliestEventDate}: check the year.` };
  }
  if (Math.floor((instantMs + westmostOffsetHours * hourMs) / dayMs) > toDayNumber(latestAllowed)) {
    return { code: "date-out-of-range", field, message: `${iso} is in the future: check the date and time.` };
  }
  return null;
}

function unknownKeys(keys: readonly string[], known: ReadonlySet<string>, field: string, what: string) {
  const unknown = keys.filter((key) => !known.has(key));
  if (unknown.length === 0) return [];
  const listed = unknown
    .slice(0, 3)
    .map((key) => JSON.stringify(key.slice(0, 64)))
    .join(", ");
  const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : "";
  return [
    {
      code: "unknown-question" as const,
      field: `${field}.${unknown[0]}`,
      message: `Not ${what}: ${listed}${more}.`,
    },
  ];
}

/**
 * The meaning checks of one new event: dates between 1900 and a couple of days after today, a local
 * date that the event's instant falls on somewhere on Earth, and only question ids the app asks.
 * Returns every problem found (none: the event may be stored).
 */
export function checkNewEvent(input: NewEventCheckInput): NewEventProblem[] {
  const { event, today } = input;
  const latestAllowed = addDays(today, maxDaysAfterToday);
  const problems: NewEventProblem[] = [];
  const push = (problem: NewEventProblem | null) => {
    if (problem) problems.push(problem);
  };

  push(dateRangeProblem(event.localDate, "localDate", latestAllowed));
  push(instantRangeProblem(event.occurredAt, "occurredAt", latestAllowed));
  if (problems.length === 0 && !instantFallsOn(Date.parse(event.occurredAt), event.localDate)) {
    const { earliest, latest } = localDatesOfInstant(Date.parse(event.occurredAt));
    problems.push({
      code: "local-date-mismatch",
      field: "localDate",
      message: `${event.localDate} is not a day that ${event.occurredAt} falls on anywhere (it is ${earliest === latest ? earliest : `${earliest} to ${latest}`} around the world).`,
    });
  }

  switch (event.type) {
    case "triage.answered":
      problems.push(...unknownKeys(Object.keys(event.answers), redFlagIds, "answers", "a red-flag question"));
      break;
    case "causes.assessed":
      problems.push(...unknownKeys(Object.keys(event.answers), causeQuestionIds, "answers", "a cause-finder question"));
      break;
    case "clearance.recorded":
      if (event.seenOn !== undefined) push(dateRangeProblem(event.seenOn, "seenOn", latestAllowed));
      if (event.flagIds) problems.push(...unknownKeys(event.flagIds, redFlagIds, "flagIds", "a red-flag question"));
      break;
    case "episode.reported":
      push(instantRangeProblem(event.onsetAt, "onsetAt", latestAllowed));
      break;
    default:
      break;
  }
  return problems;
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * One piece of text as it is stored: NFC (so "é" typed two ways is one string), without NUL characters
 * (C strings and some databases cut text there). Null when it holds a lone surrogate: half of a
 * character, which no keyboard types; it means the text was cut or forged, and there is nothing to
 * repair it to.
 */
export function normaliseText(value: string): string | null {
  if (loneSurrogate.test(value)) return null;
  return value.normalize("NFC").replaceAll("\u0000", "");
}

export type NormalisedText<T> = { ok: true; value: T; changed: boolean } | { ok: false; problem: NewEventProblem };

/** Printable ASCII is already normal: most events hold nothing else, and skip the rebuild. */
const mayNeedWork = /[^ -~]/;

function holdsUnusualText(item: unknown): boolean {
  if (typeof item === "string") return mayNeedWork.test(item);
  if (Array.isArray(item)) return item.some(holdsUnusualText);
  if (item !== null && typeof item === "object") {
    for (const [key, element] of Object.entries(item)) {
      if (mayNeedWork.test(key) || holdsUnusualText(element)) return true;
    }
  }
  return false;
}

/** Every string in a JSON value (keys included) normalised by normaliseText; the first broken one refuses it. */
export function normaliseTextIn<T>(value: T): NormalisedText<T> {
  if (!holdsUnusualText(value)) return { ok: true, value, changed: false };
  let changed = false;
  let broken: string | null = null;
  const visit = (item: unknown, path: string): unknown => {
    if (broken !== null) return item;
    if (typeof item === "string") {
      const normalised = normaliseText(item);
      if (normalised === null) {
        broken = path;
        return item;
      }
      if (normalised !== item) changed = true;
      return normalised;
    }
    if (Array.isArray(item)) return item.map((element, index) => visit(element, `${path}.${index}`));
    if (item !== null && typeof item === "object") {
      const entries = Object.entries(item).map(([key, element]) => {
        const normalisedKey = normaliseText(key);
        if (normalisedKey === null) {
          broken ??= path ? `${path}.${key}` : key;
          return [key, element] as const;
        }
        if (normalisedKey !== key) changed = true;
        const childPath = path ? `${path}.${normalisedKey}` : normalisedKey;
        return [normalisedKey, visit(element, childPath)] as const;
      });
      return Object.fromEntries(entries);
    }
    return item;
  };
  const result = visit(value, "") as T;
  if (broken !== null) {
    return {
      ok: false,
      problem: {
        code: "broken-text",
        field: broken,
        message: "This text holds half of a character (a lone surrogate); type it again.",
      },
    };
  }
  return { ok: true, value: changed ? result : value, changed };
}
