import { addDays } from "../dates/add-days.ts";
import { formatDay } from "../dates/weekday-name.ts";
import { singleRunSpike } from "../load/single-run-spike.ts";
import { sources } from "../sources/sources.ts";
import { formatDistance } from "../units/format-units.ts";
import type { PlanContext } from "./plan-context.ts";
import { reason } from "./plan-reason.ts";
import type { PlanFlag, PlanReason } from "./plan-types.ts";

/** How long a load warning about a past run stays on screen. */
const RECENT_DAYS = 7;

/**
 * Open flags, most serious first: red flags (emergency, urgent, soon; "no better after 2 weeks"),
 * then load warnings about the last 7 days (single-run spike, weekly cap passed, concrete two days
 * running, running on a day the plan said not to), then coach notes.
 */
export function planFlags(ctx: PlanContext, decisions: PlanReason[]): PlanFlag[] {
  const flags: PlanFlag[] = [];
  const t = ctx.timeline;
  const redFlag = t.blocking ?? t.soon;
  if (redFlag) {
    const level = redFlag.result.level === "none" ? "soon" : redFlag.result.level;
    flags.push({
      id: `red-flag:${redFlag.since}`,
      level,
      title: redFlag.result.title,
      text: redFlag.result.actions.join(" "),
      since: redFlag.since,
      sources: redFlag.result.flags.flatMap((q) => q.sources),
    });
    decisions.push(
      reason(
        level === "emergency" ? "red-flag-emergency" : level === "urgent" ? "red-flag-urgent" : "red-flag-soon",
        `${redFlag.result.title}: you reported ${redFlag.result.flags.map((q) => q.text.replace(/\?$/, "").toLowerCase()).join("; ")} on ${formatDay(redFlag.since)}.`,
        redFlag.result.flags.flatMap((q) => q.sources),
      ),
    );
  }
  const alert = t.noImprovement;
  if (alert) {
    const since = alert.raisedOn;
    flags.push({
      id: `no-improvement:${since}`,
      level: "soon",
      title: "No better after 2 weeks",
      text: `${alert.text} This stays until your pain improves by that much or a clinician visit is recorded.`,
      since,
      sources: [sources.article, sources.ostelo2008],
    });
    decisions.push(reason("no-improvement", alert.text, [sources.article, sources.ostelo2008]));
  }
  if (t.cleared && t.cleared.clearedOn >= addDays(ctx.today, -RECENT_DAYS)) {
    decisions.push(
      reason(
        "red-flag-cleared",
        `${t.cleared.clinician} cleared you on ${formatDay(t.cleared.clearedOn)}: relief first, then the plan restarted at week 1.`,
        [sources.finucane2020],
      ),
    );
  }

  const from = addDays(ctx.today, -(RECENT_DAYS - 1));
  const rules = ctx.protocol.load;
  for (const run of ctx.runs) {
    if (run.localDate < from) continue;
    const earlier = ctx.runs.filter((r) => r.localDate < run.localDate);
    const spike = singleRunSpike({ runs: earlier, candidate: run, rules });
    if (spike.flagged) {
      const text = `Your ${formatDistance(run.distanceMeters, ctx.distanceUnit)} run on ${formatDay(run.localDate)} was more than ${Math.round((rules.singleRunSpikeRatio - 1) * 100)}% longer than your longest of the previous ${rules.singleRunSpikeWindowDays} days (${formatDistance(spike.longestRecentMeters, ctx.distanceUnit)}).`;
      flags.push({
        id: `single-run-spike:${run.localDate}`,
        level: "warning",
        title: "A run much longer than usual",
        text,
        since: run.localDate,
        sources: spike.sources,
      });
      decisions.push(reason("spike-guard", text, spike.sources));
    }
    if (
      ctx.protocol.maintenance.noConsecutiveConcreteDays &&
      run.surface === "concrete" &&
      ctx.runs.some((r) => r.surface === "concrete" && r.localDate === addDays(run.localDate, -1))
    ) {
      const text = `Concrete on ${formatDay(addDays(run.localDate, -1))} and ${formatDay(run.localDate)}: never two days running; mix in trail, track or asphalt.`;
      flags.push({
        id: `concrete-consecutive:${run.localDate}`,
        level: "warning",
        title: "Concrete two days in a row",
        text,
        since: run.localDate,
        sources: [sources.article],
      });
      decisions.push(reason("concrete-consecutive", text, [sources.article]));
    }
  }
  if (ctx.cap?.capMeters != null) {
    const thisWeek =
      ctx.thisWeekBeforeTodayMeters +
      ctx.runs.filter((r) => r.localDate === ctx.today).reduce((s, r) => s + r.distanceMeters, 0);
    if (thisWeek > ctx.cap.capMeters) {
      const text = `This week is at ${formatDistance(thisWeek, ctx.distanceUnit)}, over its cap of ${formatDistance(ctx.cap.capMeters, ctx.distanceUnit)}.`;
      flags.push({
        id: `weekly-cap:${ctx.today}`,
        level: "warning",
        title: "Over this week's cap",
        text,
        since: ctx.today,
        sources: ctx.cap.sources,
      });
    }
  }
  for (const ran of t.ranWhenNotAllowed) {
    if (ran.localDate < from) continue;
    const text = `You ran on ${formatDay(ran.localDate)}, during ${ran.why}.`;
    flags.push({
      id: `ran-when-not-allowed:${ran.localDate}`,
      level: "warning",
      title: "Ran on a rest day",
      text,
      since: ran.localDate,
      sources: [sources.article],
    });
    decisions.push(reason("ran-when-not-allowed", text, [sources.article]));
  }

  const note = ctx.settings.note;
  if (note && note.type === "coach.adjustment" && note.adjustment.kind === "note") {
    flags.push({
      id: `coach-note:${note.id}`,
      level: "info",
      title: "From your coach",
      text: note.adjustment.text,
      since: note.localDate,
      sources: [],
    });
    decisions.push(reason("coach-note", `Coach's note (${formatDay(note.localDate)}): ${note.adjustment.text}`, []));
  }
  const hold = ctx.settings.hold;
  if (hold && hold.type === "coach.adjustment" && hold.adjustment.kind === "hold-week") {
    const text = `Your coach is holding your plan this week (from ${formatDay(hold.localDate)}): ${hold.adjustment.reason}`;
    flags.push({
      id: `coach-hold:${hold.id}`,
      level: "info",
      title: "Week on hold",
      text,
      since: hold.localDate,
      sources: [],
    });
    decisions.push(reason("coach-hold", text, []));
  }
  return flags;
}
