import { formatDistance, formatPace } from "@backstride/domain";
import { useMemo } from "react";
import { useData } from "../app/data.tsx";
import { Page } from "../components/Page.tsx";
import { effectiveRuns } from "../lib/effective-runs.ts";
import { formatClock, formatDateWithYear } from "../lib/format.ts";
import { hrefFor } from "../lib/route.ts";

/** Every run, logged or imported, newest first, as corrected; deleted runs are gone. */
export default function RunsScreen() {
  const { events, profile } = useData();
  const runs = useMemo(() => effectiveRuns(events).reverse(), [events]);
  const unit = profile.distanceUnit;
  return (
    <Page title="Runs">
      <div className="button-row">
        <a className="button primary" href="#/log">
          Log a run
        </a>
        <a className="button" href="#/import">
          Import runs
        </a>
      </div>
      {runs.length === 0 ? (
        <p>No runs yet. Log one by hand, or import them from your watch or phone.</p>
      ) : (
        <ul className="plain-list">
          {runs.map((run) => (
            <li key={run.id}>
              <a className="row-link" href={hrefFor({ name: "run", id: run.id })}>
                <span>
                  <strong>
                    {formatDateWithYear(run.localDate)} · {formatDistance(run.distanceMeters, unit)}
                  </strong>
                  <span className="muted">
                    {formatClock(run.durationSeconds)} ·{" "}
                    {formatPace({
                      distanceMeters: run.distanceMeters,
                      durationSeconds: run.movingSeconds ?? run.durationSeconds,
                      unit,
                    })}
                    {run.painDuring0to10 !== undefined ? ` · pain ${run.painDuring0to10}/10` : ""}
                    {run.source === "import" ? " · imported" : ""}
                  </span>
                </span>
                <span aria-hidden="true">›</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
