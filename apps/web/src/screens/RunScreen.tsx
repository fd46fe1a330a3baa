import { type BackstrideEvent, formatDay, formatDayWithYear, formatDistance, formatPace } from "@backstride/domain";
import { useEffect, useMemo, useState } from "react";
import { useData } from "../app/data.tsx";
import { navigate } from "../app/use-route.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { Page } from "../components/Page.tsx";
import { RunEditForm } from "../components/RunEditForm.tsx";
import { api } from "../lib/api.ts";
import type { Run } from "../lib/api-types.ts";
import { correctedRunIds, effectiveEvents } from "../lib/effective-runs.ts";
import { eventBase } from "../lib/event-base.ts";
import { formatClock, formatElevation, formatShare } from "../lib/format.ts";
import { describeBands, runInsights } from "../lib/run-insights.ts";
import { surfaceLabels } from "../lib/surfaces.ts";

type Bands = NonNullable<NonNullable<Run["import"]>["cadenceBands"]>;

const bandNames: { key: keyof Bands; label: string; className: string }[] = [
  { key: "below160", label: "below 160", className: "band-low" },
  { key: "from160to170", label: "160–170", className: "band-mid" },
  { key: "from170to180", label: "170–180", className: "band-target" },
  { key: "above180", label: "above 180", className: "band-high" },
];

function CadenceBands({ bands }: { bands: Bands }) {
  return (
    <figure className="card">
      <figcaption>
        <h2>Time in each cadence band (steps a minute)</h2>
      </figcaption>
      <div className="bands" role="img" aria-label={describeBands(bands)}>
        {bandNames.map(({ key, className }) =>
          bands[key] > 0 ? (
            // React sets this through the CSSOM (element.style), which the CSP's style-src 'self' allows.
            <span key={key} className={`band ${className}`} style={{ width: `${bands[key] * 100}%` }} />
          ) : null,
        )}
      </div>
      <ul className="chart-legend">
        {bandNames.map(({ key, label, className }) => (
          <li key={key}>
            <span className={`swatch ${className}`} aria-hidden="true" />
            {label}: {formatShare(bands[key])}
          </li>
        ))}
      </ul>
      <p className="muted small">The article's target band is 170–180.</p>
      <p>
        <a href="#/form-check">Film your running to check cadence and overstride</a>
      </p>
    </figure>
  );
}

/**
 * One run: its numbers, and for imported runs what the cadence and downhill running mean. The runner
 * can correct or delete it; both are events, so the log keeps what was first recorded.
 */
export default function RunScreen({ id }: { id: string }) {
  const { events, profile, shoes, plan, addEvents } = useData();
  const effective = useMemo(() => effectiveEvents(events), [events]);
  const run = effective.find((event) => event.id === id);
  const wasDeleted = useMemo(
    () => events.some((event) => event.type === "entry.deleted" && event.forEventId === id),
    [events, id],
  );
  const [detail, setDetail] = useState<Run | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [saved, setSaved] = useState(false);
  const imported = run?.type === "run.logged" && run.source === "import";

  useEffect(() => {
    if (!imported) return;
    let cancelled = false;
    api
      .get<{ runs: Run[] }>("/api/runs?limit=1000")
      .then(({ runs }) => {
        if (!cancelled) setDetail(runs.find((item) => item.id === id) ?? null);
      })
      .catch(() => undefined); // Offline: the event alone still shows cadence and downhill share.
    return () => {
      cancelled = true;
    };
  }, [id, imported]);

  if (wasDeleted) {
    return (
      <Page title="Run deleted">
        <p>This run was deleted. It no longer counts toward your plan, your weekly distance or your shoes.</p>
        <a className="button primary" href="#/runs">
          See all runs
        </a>
      </Page>
    );
  }
  if (run?.type !== "run.logged") {
    return (
      <Page title="Run not found">
        <p>This run is not on this phone. It may still be syncing.</p>
        <a className="button primary" href="#/runs">
          See all runs
        </a>
      </Page>
    );
  }
  const unit = profile.distanceUnit;
  const shoe = shoes.find((item) => item.id === run.shoeId);
  const bands = detail?.import?.cadenceBands ?? null;
  const insights = runInsights({
    cadenceStepsPerMinute: run.cadenceStepsPerMinute,
    bands,
    downhillShare: run.downhillShare,
    painDuring0to10: run.painDuring0to10,
    painAfter0to10: run.painAfter0to10,
  });
  const name = detail?.import?.name;
  const title = `Run on ${formatDayWithYear(run.localDate)}`;
  const origin = name ?? (imported ? "Imported" : "Logged by hand");
  const lead = correctedRunIds(events).has(run.id) ? `${origin} · corrected` : origin;
  const now = () => eventBase(new Date(), profile.timeZone);

  if (editing) {
    const earlierRuns = effective.flatMap((event) =>
      event.type === "run.logged" && event.id !== run.id
        ? [{ localDate: event.localDate, distanceMeters: event.distanceMeters }]
        : [],
    );
    return (
      <Page title={title} lead={lead}>
        <RunEditForm
          run={run}
          unit={unit}
          shoes={shoes}
          earlierRuns={earlierRuns}
          stopThreshold0to10={plan.stopThreshold0to10}
          onSave={async (changes) => {
            const correction: BackstrideEvent = { ...now(), type: "run.corrected", forEventId: run.id, changes };
            await addEvents([correction]);
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      </Page>
    );
  }

  const deleteRun = async () => {
    const deletion: BackstrideEvent = { ...now(), type: "entry.deleted", forEventId: run.id };
    await addEvents([deletion]);
    setConfirmingDelete(false);
    navigate("#/runs");
  };

  return (
    <Page title={title} lead={lead}>
      <p role="status" className="muted">
        {saved ? "Saved your changes. The plan counts the run as it is now." : ""}
      </p>
      <dl className="stat-grid">
        <div>
          <dt>Distance</dt>
          <dd>{formatDistance(run.distanceMeters, unit)}</dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{formatClock(run.durationSeconds)}</dd>
        </div>
        {run.movingSeconds !== undefined ? (
          <div>
            <dt>Moving time</dt>
            <dd>{formatClock(run.movingSeconds)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Pace</dt>
          <dd>
            {formatPace({
              distanceMeters: run.distanceMeters,
              durationSeconds: run.movingSeconds ?? run.durationSeconds,
              unit,
            })}
          </dd>
        </div>
        <div>
          <dt>Pain during</dt>
          <dd>{run.painDuring0to10 !== undefined ? `${run.painDuring0to10}/10` : "Not recorded"}</dd>
        </div>
        <div>
          <dt>Pain after</dt>
          <dd>{run.painAfter0to10 !== undefined ? `${run.painAfter0to10}/10` : "Not recorded"}</dd>
        </div>
        {run.cadenceStepsPerMinute !== undefined ? (
          <div>
            <dt>Cadence</dt>
            <dd>{Math.round(run.cadenceStepsPerMinute)} spm</dd>
          </div>
        ) : null}
        {run.downhillShare !== undefined ? (
          <div>
            <dt>Downhill</dt>
            <dd>{formatShare(run.downhillShare)}</dd>
          </div>
        ) : null}
        {run.elevationGainMeters !== undefined ? (
          <div>
            <dt>Climb / descent</dt>
            <dd>
              {formatElevation(run.elevationGainMeters, unit)} / {formatElevation(run.elevationLossMeters ?? 0, unit)}
            </dd>
          </div>
        ) : null}
        {detail?.import?.heartRate ? (
          <div>
            <dt>Heart rate</dt>
            <dd>{Math.round(detail.import.heartRate.avgBpm)} bpm</dd>
          </div>
        ) : null}
        <div>
          <dt>Surface</dt>
          <dd>{surfaceLabels[run.surface]}</dd>
        </div>
        <div>
          <dt>Shoes</dt>
          <dd>{shoe?.name ?? detail?.shoeName ?? "Not recorded"}</dd>
        </div>
      </dl>
      {run.notes ? <p>{run.notes}</p> : null}
      {bands ? <CadenceBands bands={bands} /> : null}
      {insights.length > 0 ? (
        <section aria-labelledby="insights-heading">
          <h2 id="insights-heading">What it means for you</h2>
          {insights.map((insight) => (
            <div key={insight.id} className={`flag flag-${insight.level === "ok" ? "ok" : insight.level}`}>
              <h3>{insight.title}</h3>
              <p>{insight.text}</p>
              {insight.points.length > 0 ? (
                <ul>
                  {insight.points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => {
            setSaved(false);
            setEditing(true);
          }}
        >
          Edit
        </button>
        <button type="button" className="button danger" onClick={() => setConfirmingDelete(true)}>
          Delete
        </button>
      </div>
      <p>
        <a href="#/runs">All runs</a>
      </p>
      <ConfirmDialog
        open={confirmingDelete}
        title="Delete this run?"
        confirmLabel="Delete run"
        cancelLabel="Keep it"
        danger
        onConfirm={() => void deleteRun()}
        onCancel={() => setConfirmingDelete(false)}
      >
        <p>
          The {formatDistance(run.distanceMeters, unit)} run on {formatDay(run.localDate)} will no longer count toward
          your plan, your weekly distance or your shoes.
        </p>
      </ConfirmDialog>
    </Page>
  );
}
