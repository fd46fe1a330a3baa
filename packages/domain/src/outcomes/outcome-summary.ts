import type { BackstrideEvent, EventOf, LocalDate } from "../events/events.ts";
import { nprsChange, type OutcomeChange } from "./nprs-change.ts";
import { nprsScore } from "./nprs-score.ts";
import { type OutcomeDue, outcomesDue } from "./outcomes-due.ts";
import { psfsChange } from "./psfs-change.ts";
import { psfsScore } from "./psfs-score.ts";

export interface OutcomeRecord {
  eventId: string;
  timepoint: EventOf<"outcomes.recorded">["timepoint"];
  localDate: LocalDate;
  nprs: EventOf<"outcomes.recorded">["nprs"];
  /** Mean of the three pain items. */
  painScore: number;
  psfs: EventOf<"outcomes.recorded">["psfs"];
  /** Mean activity score; null with no activity named. */
  activityScore: number | null;
  globalChange: number | null;
}

export interface OutcomeSummary {
  /** The day the plan began: the first episode or onboarding answer; null before onboarding. */
  startDate: LocalDate | null;
  /** Oldest first; a timepoint answered twice keeps its later answer. */
  records: OutcomeRecord[];
  due: OutcomeDue | null;
  /** Latest against the baseline; null until there are two records. */
  painChange: OutcomeChange | null;
  activityChange: ReturnType<typeof psfsChange>;
}

/** The start of the plan: outcome timepoints count from it. */
export function planStartDate(events: readonly BackstrideEvent[]): LocalDate | null {
  let start: LocalDate | null = null;
  for (const event of events) {
    const starts =
      event.type === "episode.reported" || (event.type === "triage.answered" && event.context === "onboarding");
    if (starts && (start === null || event.localDate < start)) start = event.localDate;
  }
  return start;
}

/** Everything the measures screen, the coach's view and the clinician report show about the outcome measures. */
export function outcomeSummary(input: {
  /** The runner's log, sorted (see sortEvents). */
  events: readonly BackstrideEvent[];
  /** The runner's today. */
  today: LocalDate;
  /** The day the plan reached maintenance, or null. */
  dischargeFrom: LocalDate | null;
}): OutcomeSummary {
  const byTimepoint = new Map<string, OutcomeRecord>();
  for (const event of input.events) {
    if (event.type !== "outcomes.recorded" || event.localDate > input.today) continue;
    byTimepoint.set(event.timepoint, {
      eventId: event.id,
      timepoint: event.timepoint,
      localDate: event.localDate,
      nprs: event.nprs,
      painScore: nprsScore(event.nprs),
      psfs: event.psfs,
      activityScore: psfsScore(event.psfs),
      globalChange: event.groc ?? null,
    });
  }
  const records = [...byTimepoint.values()].sort((a, b) => a.localDate.localeCompare(b.localDate));
  const startDate = planStartDate(input.events);
  const baseline = records.find((record) => record.timepoint === "baseline") ?? records[0];
  const latest = records[records.length - 1];
  const compared = baseline && latest && baseline !== latest;
  return {
    startDate,
    records,
    due: outcomesDue({ startDate, dischargeFrom: input.dischargeFrom, recorded: records, today: input.today }),
    painChange: compared ? nprsChange({ fromScore: baseline.painScore, toScore: latest.painScore }) : null,
    activityChange: compared ? psfsChange({ from: baseline.psfs, to: latest.psfs }) : null,
  };
}
