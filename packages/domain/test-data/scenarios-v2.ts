import { addDays } from "../src/dates/add-days.ts";
import type { BackstrideEvent, LocalDate } from "../src/events/events.ts";
import { protocolWithOptions } from "../src/protocol/alternatives.ts";
import { defaultProtocol } from "../src/protocol/default-protocol.ts";
import { eventLog } from "./event-builders.ts";
import type { Scenario } from "./scenarios.ts";

/**
 * Plan engine v2 rows of the scenario table (issue #8), each naming the point of the issue and the
 * article sentence or study it proves. Same calendar as scenarios.ts: Monday 2 March 2026 is onboarding.
 * Builder hours: onboarding questions 08:00/09:00, runs 07:00, sessions 17:00, check-ins 20:00,
 * mornings 07:00, flare-ups 10:00, clearances 15:00, coach changes 06:00.
 */

const l = eventLog();
const ONBOARD: LocalDate = "2026-03-02";

/** The same event at another hour of its day (to order it against others). */
function at<E extends BackstrideEvent>(event: E, hour: number, minute = 0): E {
  const time = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
  return { ...event, occurredAt: `${event.localDate}T${time}:00Z` };
}

function daily(from: LocalDate, pains: number[]): BackstrideEvent[] {
  return pains.map((pain, index) => l.pain(addDays(from, index), pain));
}

/** Onboarding plus three good walk/runs in week 1 (Mon, Wed, Fri): week 2 starts Monday 9 March. */
function weekOneDone(): BackstrideEvent[] {
  return [...l.onboard(ONBOARD), ...["2026-03-02", "2026-03-04", "2026-03-06"].map((d) => l.walkRun(d, 1))];
}

/** Through walk/run week 3 with runs of 3 km at pain 1 (12 km), so week 4 starts Monday 23 March. */
function throughWeekThree(): BackstrideEvent[] {
  const events = weekOneDone();
  for (const day of ["2026-03-09", "2026-03-11", "2026-03-13"]) events.push(l.walkRun(day, 1));
  for (const day of ["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"]) {
    events.push(l.run(day, 3000, { painDuring0to10: 1, painAfter0to10: 1 }));
  }
  return events;
}

const unknownWalkRuns = ["2026-03-02", "2026-03-04", "2026-03-06"].map((d) => l.session(d, "walk-run"));
const stoppedLater = l.session("2026-03-04", "walk-run");
const painGivenAtTheTime = l.walkRun("2026-03-04", 4);
const correctedRun = l.run("2026-03-16", 3000, { painDuring0to10: 1, painAfter0to10: 1 });
const deletedRun = l.run("2026-03-18", 3000, { painDuring0to10: 1, painAfter0to10: 1 });
const typoMarathon = l.run("2026-03-22", 42_195, { durationSeconds: 1800, painDuring0to10: 1, painAfter0to10: 1 });

/** Week 3 as in throughWeekThree, with one run corrected or deleted afterwards. */
function weekThreeWith(run: BackstrideEvent, change: BackstrideEvent[]): BackstrideEvent[] {
  const events = weekOneDone();
  for (const day of ["2026-03-09", "2026-03-11", "2026-03-13"]) events.push(l.walkRun(day, 1));
  for (const day of ["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"]) {
    events.push(run.localDate === day ? run : l.run(day, 3000, { painDuring0to10: 1, painAfter0to10: 1 }));
  }
  return [...events, ...change];
}

const fourteenAtFour = daily(ONBOARD, [4, 4, 4, 4, 3, 4, 4, 3, 4, 4, 4, 4, 4, 4]);

export const scenariosV2: Scenario[] = [
  // #8.2 Pain at the door.
  {
    name: "arrives in acute pain: 6/10, episode began yesterday evening",
    covers: "#8.2 article 'Immediate relief (first 72 hours)': relief from onset, not the rebuild circuit",
    events: [l.episode(ONBOARD, 6, "2026-03-01T18:00:00Z"), ...l.onboard(ONBOARD)],
    today: ONBOARD,
    expect: {
      phase: "relief",
      state: "relief",
      runningAllowed: false,
      reliefUntil: "2026-03-04T18:00",
      tasksInclude: ["pool-walk", "ice-heat"],
      tasksExclude: ["rehab-circuit", "walk-run"],
      reasonCodes: ["no-running-relief", "relief-episode"],
      milestoneDate: "2026-03-05",
    },
  },
  {
    name: "relief at the door ends 72 hours after onset: rebuild the next day",
    covers: "#8.2 relief timed as 72 hours from onset, then rebuild week 1",
    events: [l.episode(ONBOARD, 6, "2026-03-01T18:00:00Z"), ...l.onboard(ONBOARD)],
    today: "2026-03-05",
    expect: {
      phase: "rebuild",
      state: "rebuild",
      week: 1,
      returnWeek: 1,
      runningAllowed: true,
      reliefUntil: null,
      tasksInclude: ["rehab-circuit", "walk-run"],
    },
  },
  {
    name: "pain 4 at the door with an old episode: 72 hours of relief from now",
    covers: "#8.2 pain at or above 4/10 at the door starts in relief whatever the onset",
    events: [l.episode(ONBOARD, 4, "2026-02-01T08:00:00Z"), ...l.onboard(ONBOARD)],
    today: "2026-03-04",
    expect: { phase: "relief", state: "relief", reliefUntil: "2026-03-05T07:00", runningAllowed: false },
  },
  {
    name: "pain 2 at the door, episode 10 days old: straight to the rebuild",
    covers: "#8.2 no relief when the episode is older than 72 hours and pain is below 4/10",
    events: [l.episode(ONBOARD, 2, "2026-02-20T08:00:00Z"), ...l.onboard(ONBOARD)],
    today: ONBOARD,
    expect: { phase: "rebuild", state: "rebuild", reliefUntil: null, tasksInclude: ["rehab-circuit", "walk-run"] },
  },
  {
    name: "pain 3 at the door, episode began 4 days ago: no relief",
    covers: "#8.2 3/10 is below the 4/10 door line; 4 days is past the 72 hours",
    events: [l.episode(ONBOARD, 3, "2026-02-26T06:00:00Z"), ...l.onboard(ONBOARD)],
    today: ONBOARD,
    expect: { phase: "rebuild", runningAllowed: true },
  },
  {
    name: "episode began 70 hours ago at 2/10: relief for the hours left, the rebuild tomorrow",
    covers: "#8.2 relief counts hours from onset: the day the 72 hours end on is still relief",
    events: [l.episode(ONBOARD, 2, "2026-02-27T09:00:00Z"), ...l.onboard(ONBOARD)],
    today: ONBOARD,
    expect: { phase: "relief", reliefUntil: "2026-03-02T09:00", runningAllowed: false, milestoneDate: "2026-03-03" },
  },
  {
    name: "leg symptoms at the door, before the questions: the onboarding questions cover them",
    covers: "#8.2 leg symptoms at the door lead into the red-flag questions",
    events: [l.episode(ONBOARD, 2, "2026-02-20T08:00:00Z", true), ...l.onboard(ONBOARD)],
    today: ONBOARD,
    expect: { phase: "rebuild", triageFirst: false, runningAllowed: true },
  },
  {
    name: "leg symptoms reported at the door after the questions: asked again first",
    covers: "#8.2/#8.6 leg symptoms after the questions re-ask them; no running until answered",
    events: [...l.onboard(ONBOARD), at(l.episode(ONBOARD, 2, "2026-02-20T08:00:00Z", true), 10)],
    today: ONBOARD,
    expect: { phase: "rebuild", state: "awaiting-triage", triageFirst: true, runningAllowed: false },
  },
  // Relief in hours.
  {
    name: "flare-up at 21:00 gets its full 72 hours",
    covers: "#8.2 relief is 72 hours from the flare-up, not calendar days (article: first 72 hours)",
    events: [...l.onboard(ONBOARD), at(l.flareUp("2026-03-09", 6), 21), at(l.triage("2026-03-09", {}, "flare-up"), 22)],
    today: "2026-03-12",
    expect: { phase: "relief", reliefUntil: "2026-03-12T21:00", runningAllowed: false, noImpactUntil: "2026-03-12" },
  },
  {
    name: "the day after a 21:00 flare-up's 72 hours: rebuild week 1",
    covers: "#8.2 after relief, the rebuild from week 1",
    events: [...l.onboard(ONBOARD), at(l.flareUp("2026-03-09", 6), 21), at(l.triage("2026-03-09", {}, "flare-up"), 22)],
    today: "2026-03-13",
    expect: { phase: "rebuild", week: 1, returnWeek: 1, runningAllowed: true, tasksInclude: ["walk-run"] },
  },
  {
    name: "a reading of 6 during relief restarts the 72 hours",
    covers: "#8.5 a flare-up (a reading of 5+) restarts relief",
    events: [
      ...l.onboard(ONBOARD),
      l.flareUp("2026-03-09", 6),
      at(l.triage("2026-03-09", {}, "flare-up"), 11),
      l.pain("2026-03-11", 6),
    ],
    today: "2026-03-14",
    expect: { phase: "relief", reliefUntil: "2026-03-14T20:00", runningAllowed: false },
  },
  {
    name: "a check-in of 5 is a flare-up: relief, questions again",
    covers: "#8.5 a reading of 5/10 or more is a flare-up (above Silbernagel's 'acceptable up to 5')",
    events: [...weekOneDone(), l.pain("2026-03-10", 5)],
    today: "2026-03-11",
    expect: {
      phase: "relief",
      state: "awaiting-triage",
      triageFirst: true,
      runningAllowed: false,
      reasonCodes: ["relief-flare-up", "no-running-recheck"],
    },
  },
  {
    name: "a walk/run at 6/10 is a pain stop and a flare-up",
    covers: "#8.3 stop at 3/10 and #8.5 a reading of 5+ restarts relief",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-04", 6)],
    today: "2026-03-05",
    expect: { phase: "relief", runningAllowed: false, reliefUntil: "2026-03-07T17:00", noImpactUntil: "2026-03-07" },
  },
  // #8.3 One pain path; unknown pain.
  {
    name: "three walk/runs marked done without pain: still week 1",
    covers: "#8.3 an impact session with unknown pain does not count toward progression",
    events: [...l.onboard(ONBOARD), ...unknownWalkRuns],
    today: "2026-03-09",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, tasksInclude: ["walk-run"] },
  },
  {
    name: "the same three walk/runs with their pain answered later: week 2",
    covers: "#8.3 the pain answered later (pain.recorded) counts the session",
    events: [
      ...l.onboard(ONBOARD),
      ...unknownWalkRuns,
      ...unknownWalkRuns.map((session) => l.painRecorded(session.localDate, session.id, 1, 1)),
    ],
    today: "2026-03-09",
    expect: { phase: "rebuild", returnWeek: 2, painQuestions: 0 },
  },
  {
    name: "a pain answered later at the stop applies the stop from that session's day",
    covers: "#8.3 a pain stop in any session: no impact for 3 days after it (article: 3-5 days off impact)",
    events: [...l.onboard(ONBOARD), stoppedLater, l.painRecorded("2026-03-05", stoppedLater.id, 4, 4)],
    today: "2026-03-05",
    expect: {
      phase: "rebuild",
      runningAllowed: false,
      noImpactUntil: "2026-03-07",
      reasonCodes: ["no-running-pain-stop"],
    },
  },
  {
    name: "a later, calmer answer never overwrites the pain given at the time",
    covers: "#8.3 pain is recorded once; a late answer only fills what was unknown",
    events: [...l.onboard(ONBOARD), painGivenAtTheTime, l.painRecorded("2026-03-05", painGivenAtTheTime.id, 0, 0)],
    today: "2026-03-05",
    expect: { phase: "rebuild", runningAllowed: false, noImpactUntil: "2026-03-07" },
  },
  {
    name: "a circuit marked done without pain: Today asks for it",
    covers: "#8.3 a missing answer is unknown: Today asks for it",
    events: [...l.onboard(ONBOARD), l.session("2026-03-03", "rehab-circuit")],
    today: "2026-03-03",
    expect: { phase: "rebuild", painQuestions: 1, tasksInclude: ["pain-answer"], runningAllowed: true },
  },
  {
    name: "imported runs from before onboarding are not asked about",
    covers: "#8.3 only entries since onboarding are asked about (history is not a plan)",
    events: [l.run("2026-02-28", 5000, { source: "import" }), ...l.onboard(ONBOARD)],
    today: ONBOARD,
    expect: { phase: "rebuild", painQuestions: 0 },
  },
  {
    name: "a missing pain is asked about for 3 days, not forever",
    covers: "#8.3 the question covers a pain stop's 3 days",
    events: [...l.onboard(ONBOARD), l.session("2026-03-02", "walk-run")],
    today: "2026-03-06",
    expect: { phase: "rebuild", painQuestions: 0 },
  },
  {
    name: "pain 4 in the rebuild circuit: no impact that day",
    covers: "#8.3 a pain stop in any session, circuit included (article: if it hits 3/10, stop)",
    events: [...l.onboard(ONBOARD), l.session("2026-03-03", "rehab-circuit", { painDuring0to10: 4, endedEarly: true })],
    today: "2026-03-03",
    expect: {
      phase: "rebuild",
      state: "no-impact",
      runningAllowed: false,
      noImpactUntil: "2026-03-06",
      tasksExclude: ["walk-run"],
    },
  },
  {
    name: "pain 4 in the circuit: still no walk/run on the third day after",
    covers: "#8.3 no impact for 3 days after the stop (article: 3-5 days completely off impact)",
    events: [...l.onboard(ONBOARD), l.session("2026-03-03", "rehab-circuit", { painDuring0to10: 4, endedEarly: true })],
    today: "2026-03-06",
    expect: { phase: "rebuild", runningAllowed: false, tasksExclude: ["walk-run"] },
  },
  {
    name: "pain 4 in the circuit: walk/run again on the fourth day",
    covers: "#8.3 after the 3 days, walk/run resumes (week 1 stays week 1)",
    events: [...l.onboard(ONBOARD), l.session("2026-03-03", "rehab-circuit", { painDuring0to10: 4, endedEarly: true })],
    today: "2026-03-07",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, tasksInclude: ["walk-run"] },
  },
  {
    name: "a circuit pain stop in week 2: back to walk/run week 1 after the 3 days",
    covers: "#8.3 then back a week",
    events: [...weekOneDone(), l.session("2026-03-10", "rehab-circuit", { painDuring0to10: 4 })],
    today: "2026-03-14",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, reasonCodes: ["return-week-repeat"] },
  },
  {
    name: "a check-in below the stop inside the window keeps it at 3 days",
    covers: "#8.3 3 days, 5 only if still at the stop at the next check-in",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-04", 3), l.pain("2026-03-05", 2)],
    today: "2026-03-08",
    expect: { phase: "rebuild", runningAllowed: true },
  },
  {
    name: "pain after the walk/run at the stop is a stop",
    covers: "#8.3 article: track pain during and after runs; either at 3/10 stops",
    events: [...l.onboard(ONBOARD), l.session("2026-03-04", "walk-run", { painDuring0to10: 1, painAfter0to10: 3 })],
    today: "2026-03-05",
    expect: { phase: "rebuild", runningAllowed: false, noImpactUntil: "2026-03-07" },
  },
  {
    name: "a coach's tighter stop (2/10) needs no reason and applies",
    covers: "#8.10 tightening needs no reason",
    events: [
      ...l.onboard(ONBOARD),
      l.coach(ONBOARD, { kind: "pain-threshold", pain0to10: 2 }),
      l.walkRun("2026-03-04", 2),
    ],
    today: "2026-03-05",
    expect: { phase: "rebuild", stopThreshold0to10: 2, runningAllowed: false, coachChanges: { total: 0, inForce: 0 } },
  },
  // #8.4 Next-morning response.
  {
    name: "the morning after: 3/10 means no running that day",
    covers: "#8.4 next morning at or above the stop: no impact that day (Silbernagel 2007; article 3/10)",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-04", 1), l.morning("2026-03-05", 3)],
    today: "2026-03-05",
    expect: {
      phase: "rebuild",
      state: "no-impact",
      runningAllowed: false,
      reasonCodes: ["no-running-morning-worse"],
      morningCheck: true,
    },
  },
  {
    name: "the morning after: 2 points above the day before means no running that day",
    covers: "#8.4 2+ points above the day-before baseline (NPRS important change, Ostelo 2008)",
    events: [
      ...l.onboard(ONBOARD),
      at(l.pain("2026-03-04", 0), 6),
      l.walkRun("2026-03-04", 1),
      l.morning("2026-03-05", 2),
    ],
    today: "2026-03-05",
    expect: { phase: "rebuild", runningAllowed: false, reasonCodes: ["no-running-morning-worse"] },
  },
  {
    name: "after a worse morning: the week is done again from the next day",
    covers: "#8.4 no progression that week: the session does not count and the week restarts",
    events: [
      ...l.onboard(ONBOARD),
      at(l.pain("2026-03-04", 0), 6),
      l.walkRun("2026-03-02", 1),
      l.walkRun("2026-03-04", 1),
      l.morning("2026-03-05", 2),
      l.walkRun("2026-03-06", 1),
    ],
    today: "2026-03-09",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true, reasonCodes: ["morning-worse"] },
  },
  {
    name: "the morning after: 1/10 is fine, the week goes on",
    covers: "#8.4 not worse: nothing changes",
    events: [...weekOneDone(), l.morning("2026-03-07", 1)],
    today: "2026-03-09",
    expect: { phase: "rebuild", returnWeek: 2, runningAllowed: true },
  },
  {
    name: "worse two mornings in a row: back a week",
    covers: "#8.4 twice in a row steps back a week",
    events: [
      ...weekOneDone(),
      l.walkRun("2026-03-09", 1),
      l.morning("2026-03-10", 3),
      l.pain("2026-03-10", 1),
      l.walkRun("2026-03-11", 1),
      l.morning("2026-03-12", 3),
      l.pain("2026-03-12", 1),
    ],
    today: "2026-03-13",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: true },
  },
  {
    name: "a coach switches the next-morning check off, with a reason",
    covers: "#8.10 loosening with a written reason applies and is shown to the runner",
    events: [
      ...l.onboard(ONBOARD),
      l.coach(ONBOARD, { kind: "next-morning-check", enabled: false, reason: "Morning stiffness is her baseline" }),
      l.walkRun("2026-03-04", 1),
    ],
    today: "2026-03-05",
    expect: {
      phase: "rebuild",
      morningCheck: false,
      coachChanges: { total: 1, inForce: 1 },
      reasonCodes: ["coach-loosened"],
    },
  },
  {
    name: "the next-morning check switched off without a reason: shown, not applied",
    covers: "#8.10 loosening needs a written reason",
    events: [
      ...l.onboard(ONBOARD),
      l.coach(ONBOARD, { kind: "next-morning-check", enabled: false }),
      l.walkRun("2026-03-04", 1),
    ],
    today: "2026-03-05",
    expect: { phase: "rebuild", morningCheck: true, coachChanges: { total: 1, inForce: 0 } },
  },
  // #8.5 High pain holds.
  {
    name: "a check-in of 4 still holds the next day without a new reading",
    covers: "#8.5 high pain holds until a later reading is below the stop",
    events: [...throughWeekThree(), l.pain("2026-03-24", 4)],
    today: "2026-03-25",
    expect: { phase: "progression", state: "no-impact", runningAllowed: false, reasonCodes: ["no-running-pain-hold"] },
  },
  {
    name: "a later check-in below the stop ends the hold",
    covers: "#8.5 a later reading below the stop releases",
    events: [...throughWeekThree(), l.pain("2026-03-24", 4), at(l.pain("2026-03-25", 2), 7)],
    today: "2026-03-25",
    expect: { phase: "progression", runningAllowed: true, tasksInclude: ["run"] },
  },
  {
    name: "a strength session's pain below the stop ends the hold",
    covers: "#8.5 any later known reading below the stop releases",
    events: [
      ...throughWeekThree(),
      l.pain("2026-03-24", 4),
      at(l.session("2026-03-25", "strength", { painDuring0to10: 1 }), 7),
    ],
    today: "2026-03-25",
    expect: { phase: "progression", runningAllowed: true },
  },
  // #8.6 Neurological symptoms.
  {
    name: "numbness at a check-in: the questions first, no running",
    covers: "#8.6 any neurological symptom blocks impact at once and puts the questions first",
    events: [...l.onboard(ONBOARD), l.pain("2026-03-03", 1, false, { numbnessOrTingling: true })],
    today: "2026-03-03",
    expect: {
      phase: "rebuild",
      state: "awaiting-triage",
      triageFirst: true,
      runningAllowed: false,
      reasonCodes: ["no-running-recheck"],
    },
  },
  {
    name: "the questions answered with no warning signs: running again",
    covers: "#8.6 running stays blocked only until the questions are answered",
    events: [
      ...l.onboard(ONBOARD),
      at(l.pain("2026-03-04", 1, false, { weakness: true }), 7),
      at(l.triage("2026-03-04", {}, "leg-symptoms"), 7, 30),
    ],
    today: "2026-03-04",
    expect: { phase: "rebuild", triageFirst: false, runningAllowed: true, tasksInclude: ["walk-run"] },
  },
  {
    name: "bladder or saddle changes at a check-in: emergency at once",
    covers: "#8.6 cauda equina warning signs: the emergency page at once (Finucane 2020)",
    events: [...l.onboard(ONBOARD), l.pain("2026-03-03", 2, false, { bladderBowelSaddle: true })],
    today: "2026-03-03",
    expect: {
      phase: "rebuild",
      state: "blocked-by-flag",
      redFlagLevel: "emergency",
      taskKinds: ["seek-care"],
      runningAllowed: false,
      historyKinds: ["red-flag"],
    },
  },
  {
    name: "leg pain, then a yes to pain below the knee: blocked until cleared",
    covers: "#8.6 the re-asked questions can open a flag",
    events: [
      ...l.onboard(ONBOARD),
      at(l.pain("2026-03-03", 2, false, { legPain: true }), 7),
      at(l.triage("2026-03-03", { "leg-pain-below-knee": true }, "leg-symptoms"), 8),
    ],
    today: "2026-03-03",
    expect: { phase: "rebuild", state: "blocked-by-flag", redFlagLevel: "urgent", runningAllowed: false },
  },
  {
    name: "the older single leg-symptoms box still puts the questions first",
    covers: "#8.6 older clients' legSymptoms escalates the same way",
    events: [...l.onboard(ONBOARD), l.pain("2026-03-03", 1, true)],
    today: "2026-03-03",
    expect: { phase: "rebuild", triageFirst: true, runningAllowed: false },
  },
  // #8.7 Clearance.
  {
    name: "an emergency cleared by the emergency department: relief, questions again, history kept",
    covers: "#8.7 clearance is a clinical record; after an emergency, relief then rebuild, never straight to running",
    events: [
      l.triage(ONBOARD, { "saddle-numbness": true }),
      l.causes(ONBOARD),
      l.clearance("2026-03-04", "Dr Okafor", {
        clinicianRole: "emergency-department",
        seenOn: "2026-03-03",
        flagIds: ["saddle-numbness"],
      }),
    ],
    today: "2026-03-05",
    expect: {
      phase: "relief",
      state: "awaiting-triage",
      redFlagLevel: null,
      runningAllowed: false,
      historyKinds: ["red-flag", "clearance"],
    },
  },
  {
    name: "questions answered the day after an urgent clearance: still relief, no running",
    covers: "#8.7 never straight into running: the 72 hours come first",
    events: [
      l.triage(ONBOARD, { "leg-pain-below-knee": true }),
      l.causes(ONBOARD),
      l.clearance("2026-03-09", "Sam Reid", { clinicianRole: "physio" }),
      l.triage("2026-03-10", {}, "recheck"),
    ],
    today: "2026-03-10",
    expect: { phase: "relief", state: "relief", runningAllowed: false },
  },
  // #8.8 No improvement in two weeks.
  {
    name: "9 readings in 14 days: not enough to judge",
    covers: "#8.8 at least 10 daily readings across 14 days",
    events: [...l.onboard(ONBOARD), ...daily(ONBOARD, [4, 4, 4, 4, 4, 4, 4, 4, 4])],
    today: "2026-03-15",
    expect: { phase: "rebuild", redFlagLevel: null },
  },
  {
    name: "down by 2 points at the end of 2 weeks: improving, not raised",
    covers: "#8.8 improvement of 2 points or 30% (Ostelo 2008)",
    events: [...l.onboard(ONBOARD), ...daily(ONBOARD, [4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 2, 2, 2])],
    today: "2026-03-15",
    expect: { phase: "rebuild", redFlagLevel: null },
  },
  {
    name: "flat at 3/10 for 2 weeks: raised",
    covers: "#8.8 pain still 3+ and less than 2 points or 30% better → see a clinician (soon)",
    events: [...l.onboard(ONBOARD), ...daily(ONBOARD, Array(14).fill(3))],
    today: "2026-03-15",
    expect: { phase: "rebuild", redFlagLevel: "soon", flags: [{ level: "soon", idPrefix: "no-improvement" }] },
  },
  {
    name: "once raised, one good day does not switch it off",
    covers: "#8.8 no flapping: stays until the pain improves by that much",
    events: [...l.onboard(ONBOARD), ...fourteenAtFour, l.pain("2026-03-16", 2)],
    today: "2026-03-16",
    expect: { phase: "rebuild", redFlagLevel: "soon" },
  },
  {
    name: "three days 2 points better switch it off",
    covers: "#8.8 improvement against the baseline it was raised on (medians of 3 days)",
    events: [...l.onboard(ONBOARD), ...fourteenAtFour, ...daily("2026-03-16", [2, 2, 2])],
    today: "2026-03-18",
    expect: { phase: "rebuild", redFlagLevel: null, historyKinds: ["no-improvement", "no-improvement"] },
  },
  {
    name: "a clinician visit switches it off",
    covers: "#8.8 or a clinician visit is recorded",
    events: [
      ...l.onboard(ONBOARD),
      ...fourteenAtFour,
      l.clearance("2026-03-16", "Sam Reid", { clinicianRole: "physio", kind: "visit" }),
    ],
    today: "2026-03-16",
    expect: { phase: "rebuild", redFlagLevel: null, historyKinds: ["no-improvement", "visit"] },
  },
  // #8.9 Load capped in every phase; corrections.
  {
    name: "week 4 by time: a rest day between runs",
    covers: "#8.9 rest days between runs are kept where load is counted in time",
    events: [
      ...l.onboard(ONBOARD),
      ...["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-09", "2026-03-11", "2026-03-13"].map((d) =>
        l.walkRun(d, 1),
      ),
      ...["2026-03-16", "2026-03-18", "2026-03-20", "2026-03-22"].map((d) =>
        l.walkRun(d, 1, { returnWeek: 3, roundsPlanned: 6, roundsCompleted: 6, durationSeconds: 1800 }),
      ),
    ],
    today: "2026-03-23",
    expect: { phase: "progression", tasksExclude: ["run"], reasonCodes: ["walk-run-rest-day"], weeklyCapSeconds: 6336 },
  },
  {
    name: "a run corrected from 3 km to 2 km lowers next week's cap",
    covers: "#8.9 runs can be corrected (as events); the plan recomputes",
    events: weekThreeWith(correctedRun, [l.corrected("2026-03-23", correctedRun.id, { distanceMeters: 2000 })]),
    today: "2026-03-23",
    expect: { phase: "progression", weeklyCapMeters: 12_100 },
  },
  {
    name: "a deleted run no longer counts toward its week",
    covers: "#8.9 runs can be deleted (as events); the plan recomputes: week 3 needs its 4 sessions",
    events: weekThreeWith(deletedRun, [l.deleted("2026-03-23", deletedRun.id)]),
    today: "2026-03-23",
    expect: { phase: "rebuild", returnWeek: 3 },
  },
  {
    name: "a marathon typo corrected to 4.2 km no longer raises the cap",
    covers: "#8.9 an impossible run stored by an older client can be corrected; the cap follows",
    events: weekThreeWith(typoMarathon, [
      l.corrected("2026-03-23", typoMarathon.id, { distanceMeters: 4200, durationSeconds: 1800 }),
    ]),
    today: "2026-03-23",
    expect: { phase: "progression", weeklyCapMeters: 14_520 },
  },
  // #8.10 Coach changes that loosen safety.
  {
    name: "a coach sets the stop to 5/10 with a reason: in force and shown",
    covers: "#8.10 loosening needs a written reason and is shown on the runner's Today",
    events: [
      ...weekOneDone(),
      l.coach("2026-03-09", { kind: "pain-threshold", pain0to10: 5, reason: "Agreed pain-monitoring trial" }),
      l.walkRun("2026-03-09", 4),
    ],
    today: "2026-03-10",
    expect: {
      phase: "rebuild",
      stopThreshold0to10: 5,
      runningAllowed: true,
      coachChanges: { total: 1, inForce: 1 },
      reasonCodes: ["coach-loosened"],
    },
  },
  {
    name: "a coach sets the stop to 5/10 without a reason: not applied",
    covers: "#8.10 loosening without a written reason never applies",
    events: [
      ...weekOneDone(),
      l.coach("2026-03-09", { kind: "pain-threshold", pain0to10: 5 }),
      l.walkRun("2026-03-09", 4),
    ],
    today: "2026-03-10",
    expect: {
      phase: "rebuild",
      stopThreshold0to10: 3,
      runningAllowed: false,
      coachChanges: { total: 1, inForce: 0 },
      reasonCodes: ["coach-loosening-suspended"],
    },
  },
  {
    name: "a loosened stop is set aside while a flag is open",
    covers: "#8.10 loosening never applies while a flag is open",
    events: [
      ...weekOneDone(),
      l.coach("2026-03-09", { kind: "pain-threshold", pain0to10: 5, reason: "Agreed pain-monitoring trial" }),
      l.triage("2026-03-09", { "inflammatory-pattern": true }, "recheck"),
    ],
    today: "2026-03-10",
    expect: { phase: "rebuild", redFlagLevel: "soon", stopThreshold0to10: 3, coachChanges: { total: 1, inForce: 0 } },
  },
  {
    name: "a coach skips a week with a reason: walk/run week 2 now",
    covers: "#8.10 skipping a week loosens safety: with a reason, no flag open",
    events: [...l.onboard(ONBOARD), l.coach("2026-03-03", { kind: "skip-week", reason: "Ran pain-free all winter" })],
    today: "2026-03-03",
    expect: { phase: "rebuild", returnWeek: 2, coachChanges: { total: 1, inForce: 1 } },
  },
  {
    name: "a skip while the questions are still open is not applied",
    covers: "#8.10 never applies while a flag is open",
    events: [
      ...l.onboard(ONBOARD),
      l.pain(ONBOARD, 1, false, { legPain: true }),
      l.coach("2026-03-03", { kind: "skip-week", reason: "Ran pain-free all winter" }),
    ],
    today: "2026-03-03",
    expect: { phase: "rebuild", returnWeek: 1, runningAllowed: false, coachChanges: { total: 1, inForce: 0 } },
  },
  {
    name: "pain-monitoring model: a 5/10 session is acceptable, not a flare-up",
    covers: "protocol option (Silbernagel 2007): up to 5/10 acceptable; the flare-up line moves to its stop (6)",
    events: [...l.onboard(ONBOARD), l.walkRun("2026-03-02", 5)],
    protocol: protocolWithOptions(defaultProtocol, { painModel: "pain-monitoring" }),
    today: "2026-03-02",
    expect: { phase: "rebuild", state: "rebuild", reliefUntil: null },
  },
  {
    name: "a form check's cadence sets the run's metronome",
    covers: "article cadence 170-180 with a metronome; Heiderscheit 2011: +5% from the measured cadence (phone video)",
    events: [
      ...throughWeekThree(),
      {
        id: "00000000-0000-7000-8000-0000000f0001",
        version: 1,
        occurredAt: "2026-03-22T18:00:00Z",
        localDate: "2026-03-22",
        type: "form.checked",
        view: "side",
        analysedSeconds: 12,
        model: "movenet-lightning-4",
        measures: { cadenceStepsPerMinute: { value: 158, confidence: "high" } },
      },
    ],
    today: "2026-03-24",
    expect: { phase: "progression", runDosageIncludes: "Metronome 166 steps/min" },
  },
];
