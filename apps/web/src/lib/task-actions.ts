import { isSessionKind, type PlanTask, type SessionKind } from "@backstride/domain";

/** Sessions the player can guide (timers, voice); a massage or a bike ride is only ticked off. */
const playable: readonly string[] = [
  "rehab-circuit",
  "walk-run",
  "strength",
  "mobility",
  "pool-walk",
  "ice-heat",
  "drill",
];

export interface TaskActions {
  /** "Start" opens the session player at #/session/<taskId>. */
  start: boolean;
  /** "Mark done" writes a session.completed event. */
  tick: SessionKind | null;
  /** A link instead of a session, e.g. the safety questions or the run log. */
  link: { href: string; label: string } | null;
}

/** What the runner can do with one of today's tasks. */
export function taskActions(task: Pick<PlanTask, "kind" | "done">): TaskActions {
  const tick = isSessionKind(task.kind) && !task.done ? task.kind : null;
  const start = playable.includes(task.kind) && !task.done;
  switch (task.kind) {
    case "seek-care":
      return { start: false, tick: null, link: { href: "#/clearance", label: "Record a clinician's all-clear" } };
    case "triage":
      return { start: false, tick: null, link: { href: "#/triage/recheck", label: "Answer the safety questions" } };
    case "cause-finder":
      return { start: false, tick: null, link: { href: "#/causes", label: "Find the likely causes" } };
    case "pain-checkin":
      return { start: false, tick: null, link: task.done ? null : { href: "#/checkin", label: "Check in" } };
    case "run":
      return { start: false, tick: null, link: task.done ? null : { href: "#/log", label: "Log the run" } };
    default:
      return { start, tick, link: null };
  }
}
