import { defaultProtocol } from "@backstride/domain";
import { useEffect, useId, useMemo, useRef } from "react";
import { useData } from "../app/data.tsx";
import { minScore } from "../form-check/body.ts";
import type { FormAnalysis } from "../form-check/form-analysis.ts";
import { metricLines, type Verdict } from "../form-check/form-targets.ts";
import type { PoseSeries } from "../form-check/pose-types.ts";
import { drawSkeleton, runnerCrop } from "../form-check/skeleton.ts";
import { type OpenedVideo, seekTo } from "../form-check/video-frames.ts";
import { Chart, type ChartSeries } from "./Chart.tsx";

const verdictWords: Record<Verdict, { text: string; className: string }> = {
  "on-target": { text: "On target", className: "tag tag-ok" },
  // Amber, not red: form is something to work on, never an alarm.
  "work-on": { text: "Work on this", className: "tag" },
  unsure: { text: "Not sure", className: "tag tag-unsure" },
};

const band = [
  { value: defaultProtocol.cadence.targetMinStepsPerMinute, colorVar: "--chart-3" },
  { value: defaultProtocol.cadence.targetMaxStepsPerMinute, colorVar: "--chart-3" },
];

/** The landing frame with the skeleton over it, drawn from the runner's own video on this phone. */
function LandingFrame({ series, video, frameIndex }: { series: PoseSeries; video: OpenedVideo; frameIndex: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = series.frames[frameIndex];
  const widthPixels = 360;
  const heightPixels = 420;
  const crop = useMemo(
    () =>
      runnerCrop({
        keypoints: frame?.keypoints ?? [],
        videoWidthPixels: series.videoWidthPixels,
        videoHeightPixels: series.videoHeightPixels,
        minScore,
        aspect: widthPixels / heightPixels,
      }),
    [frame, series],
  );
  useEffect(() => {
    const element = canvas.current;
    if (!element || !frame) return;
    let cancelled = false;
    seekTo(video.element, frame.timeSeconds)
      .then(() => {
        if (cancelled) return;
        drawSkeleton({
          canvas: element,
          frame: video.element,
          keypoints: frame.keypoints,
          crop,
          minScore,
        });
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [frame, crop, video]);
  return (
    <canvas
      ref={canvas}
      className="form-check-frame"
      width={widthPixels}
      height={heightPixels}
      role="img"
      aria-label={`Your body at a typical foot landing, ${frame?.timeSeconds.toFixed(1) ?? 0} s into the clip, with the joints the check found drawn over it.`}
    />
  );
}

export function FormCheckResult({
  analysis,
  series,
  video,
}: {
  analysis: FormAnalysis;
  series: PoseSeries;
  video: OpenedVideo;
}) {
  const ids = useId();
  // The chart reads its colours when drawn: a new theme draws it again (as on Progress).
  const theme = useData().profile.theme;
  const measures = analysis.kind === "measured" ? analysis.measures : null;
  const lines = useMemo(() => (measures ? metricLines(measures) : []), [measures]);
  const rhythmX = useMemo(() => measures?.stepRhythm.map((step) => step.timeSeconds) ?? [], [measures]);
  const rhythm = useMemo<ChartSeries[]>(
    () => [
      {
        label: "Step rate",
        colorVar: "--chart-1",
        values: measures?.stepRhythm.map((step) => Math.round(step.stepsPerMinute)) ?? [],
        kind: "line",
      },
    ],
    [measures],
  );
  if (analysis.kind === "refused") {
    return (
      <div className="flag flag-warning" role="alert">
        <h2>We could not check this clip</h2>
        <p>{analysis.message}</p>
      </div>
    );
  }
  if (!measures) return null;
  const rates = measures.stepRhythm.map((step) => step.stepsPerMinute);
  return (
    <>
      <section className="card" aria-labelledby={`${ids}-result`}>
        <h2 id={`${ids}-result`}>Your form</h2>
        <p className="muted small">
          {measures.contacts.length} foot landings over {measures.analysedSeconds.toFixed(1)} s,{" "}
          {measures.view === "side" ? "filmed from the side" : "filmed from behind"}.
        </p>
        <ul className="plain-list form-metrics">
          {lines.map((line) => (
            <li key={line.key} className="form-metric">
              <div className="form-metric-head">
                <h3>{line.label}</h3>
                <span className={verdictWords[line.verdict].className}>{verdictWords[line.verdict].text}</span>
              </div>
              <p className="form-metric-value">
                <strong>{line.valueText}</strong> <span className="muted">· target {line.targetText}</span>
              </p>
              <p className="form-metric-cue">{line.cue}</p>
              <details>
                <summary>How it is measured · confidence {line.confidence}</summary>
                <p className="small">{line.method}</p>
                <p className="small muted">Target: {line.targetSource}.</p>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section className="card" aria-labelledby={`${ids}-frame`}>
        <h2 id={`${ids}-frame`}>A typical landing</h2>
        <LandingFrame series={series} video={video} frameIndex={measures.typicalContact.frameIndex} />
      </section>
      {measures.stepRhythm.length > 1 ? (
        <section className="card" aria-labelledby={`${ids}-rhythm`}>
          <h2 id={`${ids}-rhythm`}>Step rhythm</h2>
          <p>
            Steps a minute from one landing to the next: {Math.round(Math.min(...rates))} to{" "}
            {Math.round(Math.max(...rates))}. An even line is a steady rhythm.
          </p>
          <Chart
            key={theme}
            x={rhythmX}
            series={rhythm}
            xKind="seconds"
            yLabel="steps/min"
            height={160}
            yRange={[Math.min(150, ...rates) - 5, Math.max(190, ...rates) + 5]}
            thresholds={band}
          />
        </section>
      ) : null}
    </>
  );
}
