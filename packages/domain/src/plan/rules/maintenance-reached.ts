import { addDays } from "../../dates/add-days.ts";
import { isoWeekStart } from "../../dates/iso-week.ts";
import type { LocalDate } from "../../events/events.ts";
import { sources } from "../../sources/sources.ts";
import type { Rule } from "../machine/machine-types.ts";
import { withTransition } from "../machine/snapshot-ops.ts";
import { maintenanceEntryRules, maintenanceReady, usualWeeklyDistance } from "../maintenance-ready.ts";

/**
 * Week 4+ ends in the article's "long-term victory strategy" once the runner is pain-free (0 at every
 * reading for 14 days) and a full week is back at the usual distance (see maintenance-ready.ts).
 */
export const maintenanceReached: Rule<"day"> = {
  id: "maintenance-reached",
  title: "Pain-free and back to the usual distance: maintenance",
  trigger: "day",
  edges: [["progression", "maintenance"]],
  sources: [sources.article],
  apply(snapshot, date: LocalDate, env) {
    const position = snapshot.position;
    if (position.progressionStart === null || position.progressionStart > date || position.maintenanceSince !== null) {
      return snapshot;
    }
    // Pain-free first: it is cheap, and without it the usual distance need not be worked out.
    const readings = env.dailyReadings(addDays(date, -maintenanceEntryRules.painFreeDays), date);
    if (readings.length === 0 || readings.some((r) => r.pain0to10 > 0)) return snapshot;
    const ready = maintenanceReady({
      painReadings: readings,
      today: date,
      usualWeeklyDistanceMeters: usualWeeklyDistance({
        told: snapshot.usualWeeklyDistanceMeters,
        runs: env.runs,
        onboardedOn: snapshot.onboardedOn,
      }),
      lastFullWeekMeters: env.weekMeters(isoWeekStart(addDays(date, -7))),
    });
    if (!ready.ready) return snapshot;
    return withTransition(
      { ...snapshot, position: { ...position, maintenanceSince: date } },
      {
        localDate: date,
        ruleId: "maintenance-reached",
        to: "maintenance",
        text: "Pain-free for 2 weeks and back to your usual distance: maintenance.",
        sources: [sources.article],
      },
    );
  },
};
