import { cadenceTarget, defaultProtocol, latestMeasuredCadence } from "@backstride/domain";
import { useData } from "../app/data.tsx";
import { LazySessionPlayer } from "../app/external-screens.tsx";
import { navigate } from "../app/use-route.ts";
import { Page } from "../components/Page.tsx";
import { eventBase } from "../lib/event-base.ts";
import type { SessionResult } from "../player/SessionPlayerScreen.tsx";

/**
 * The latest cadence a watch or a form check measured, for the metronome's starting target (+5% steps
 * toward 170–180).
 */
function measuredCadence(events: ReturnType<typeof useData>["events"]): number | undefined {
  return latestMeasuredCadence(events)?.stepsPerMinute;
}

/** #/session/<taskId>: finds today's task, plays it, and stores the outcome as a session.completed event. */
export default function SessionRoute({ taskId }: { taskId: string }) {
  const { plan, events, profile, addEvents } = useData();
  const task = plan.tasks.find((item) => item.id === taskId);
  if (!task) {
    return (
      <Page title="Session not in today's plan">
        <p>
          This session is not part of today's plan any more: the day may have changed, or the plan changed after a pain
          check-in.
        </p>
        <a className="button primary" href="#/today">
          Go to Today
        </a>
      </Page>
    );
  }
  const measured = measuredCadence(events);
  const metronomeBpm = cadenceTarget({
    rules: defaultProtocol.cadence,
    ...(measured !== undefined ? { measuredStepsPerMinute: measured } : {}),
  }).nextTargetStepsPerMinute;

  const finish = async (result: SessionResult) => {
    await addEvents([{ ...eventBase(new Date(), profile.timeZone), type: "session.completed", ...result }]);
    navigate("#/today");
  };

  return (
    <LazySessionPlayer
      task={task}
      onFinish={(result) => void finish(result)}
      metronomeBpm={metronomeBpm}
      // The engine's stop in force (a coach may have changed it), the same number every screen shows.
      painStopThreshold0to10={plan.stopThreshold0to10}
    />
  );
}
