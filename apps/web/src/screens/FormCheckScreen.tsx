import { cadenceTarget, defaultProtocol, latestMeasuredCadence } from "@backstride/domain";
import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { useData } from "../app/data.tsx";
import { FormCheckResult } from "../components/FormCheckResult.tsx";
import { FormCheckTrend } from "../components/FormCheckTrend.tsx";
import { Page } from "../components/Page.tsx";
import type { FilmedView, FormAnalysis } from "../form-check/form-analysis.ts";
import { formCheckedEvent } from "../form-check/form-event.ts";
import type { PoseSeries } from "../form-check/pose-types.ts";
import { longestWindowSeconds, runFormCheck } from "../form-check/run-form-check.ts";
import { type OpenedVideo, openVideo } from "../form-check/video-frames.ts";
import { eventBase } from "../lib/event-base.ts";
import "../form-check/form-check.css";

type Stage =
  | { name: "choose" }
  | { name: "trim" }
  | { name: "analysing"; share0to1: number }
  | { name: "done"; analysis: FormAnalysis; series: PoseSeries; saved: boolean }
  | { name: "failed"; message: string };

/**
 * The form check: film or pick a clip, trim it, and see cadence, lean and overstride against the
 * article's targets. The video is read on this phone and never uploaded; only the numbers are saved.
 */
export default function FormCheckScreen() {
  const { events, profile, addEvents } = useData();
  const ids = useId();
  const [filmed, setFilmed] = useState<FilmedView>("side");
  const [stage, setStage] = useState<Stage>({ name: "choose" });
  const [video, setVideo] = useState<OpenedVideo | null>(null);
  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const [startSeconds, setStartSeconds] = useState(0);
  const [endSeconds, setEndSeconds] = useState(0);
  const abort = useRef<AbortController | null>(null);

  const target = useMemo(() => {
    const measured = latestMeasuredCadence(events);
    return cadenceTarget({
      ...(measured ? { measuredStepsPerMinute: measured.stepsPerMinute } : {}),
      rules: defaultProtocol.cadence,
    });
  }, [events]);

  useEffect(
    () => () => {
      abort.current?.abort();
    },
    [],
  );
  useEffect(() => () => video?.close(), [video]);
  useEffect(() => () => (previewUrl ? URL.revokeObjectURL(previewUrl) : undefined), [previewUrl]);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const opened = await openVideo(file);
      setVideo(opened);
      setPreviewUrl(URL.createObjectURL(file));
      // The first and last second are usually the runner settling in or reaching for the phone.
      const trimmed = opened.durationSeconds >= 8;
      setStartSeconds(trimmed ? 1 : 0);
      setEndSeconds(Math.min(opened.durationSeconds - (trimmed ? 1 : 0), (trimmed ? 1 : 0) + longestWindowSeconds));
      setStage({ name: "trim" });
    } catch (error) {
      setStage({ name: "failed", message: (error as Error).message });
    }
  }

  async function analyse() {
    if (!video) return;
    const controller = new AbortController();
    abort.current = controller;
    setStage({ name: "analysing", share0to1: 0 });
    try {
      const { analysis, series } = await runFormCheck({
        video,
        startSeconds,
        endSeconds,
        filmed,
        signal: controller.signal,
        onProgress: (share0to1) => setStage({ name: "analysing", share0to1 }),
      });
      setStage({ name: "done", analysis, series, saved: false });
    } catch (error) {
      if (controller.signal.aborted) return;
      setStage({ name: "failed", message: `The check could not run on this phone: ${(error as Error).message}` });
    }
  }

  async function save() {
    if (stage.name !== "done" || stage.analysis.kind !== "measured") return;
    await addEvents([formCheckedEvent(eventBase(new Date(), profile.timeZone), stage.analysis.measures)]);
    setStage({ ...stage, saved: true });
  }

  function startOver() {
    abort.current?.abort();
    setVideo(null);
    setPreviewUrl(null);
    setStage({ name: "choose" });
  }

  const duration = video?.durationSeconds ?? 0;
  return (
    <Page
      title="Form check"
      lead="Film 10–20 seconds of steady running. The video stays on this phone: only the numbers are saved."
    >
      {stage.name === "choose" || stage.name === "failed" ? (
        <>
          {stage.name === "failed" ? (
            <div className="flag flag-warning" role="alert">
              <p>{stage.message}</p>
            </div>
          ) : null}
          <section className="card" aria-labelledby={`${ids}-how`}>
            <h2 id={`${ids}-how`}>How to film</h2>
            <ul className="plain-list form-check-tips">
              <li>Phone steady at hip height, 3–4 m away, the whole body in the picture.</li>
              <li>A treadmill or a flat path, at your easy pace, in good light.</li>
              <li>From the side for cadence, lean and overstride; from behind for hip drop.</li>
            </ul>
          </section>
          <fieldset className="kind-options">
            <legend>Which view?</legend>
            {(
              [
                ["side", "From the side"],
                ["rear", "From behind"],
              ] as const
            ).map(([value, label]) => (
              <div key={value} className="check">
                <input
                  id={`${ids}-${value}`}
                  type="radio"
                  name={`${ids}-view`}
                  checked={filmed === value}
                  onChange={() => setFilmed(value)}
                />
                <label htmlFor={`${ids}-${value}`}>{label}</label>
              </div>
            ))}
          </fieldset>
          <div className="button-row">
            <label className="button primary file-button">
              Record a video
              <input className="visually-hidden" type="file" accept="video/*" capture="environment" onChange={pick} />
            </label>
            <label className="button file-button">
              Choose a video
              <input className="visually-hidden" type="file" accept="video/*" onChange={pick} />
            </label>
          </div>
        </>
      ) : null}

      {stage.name === "trim" && previewUrl ? (
        <section className="card" aria-labelledby={`${ids}-trim`}>
          <h2 id={`${ids}-trim`}>Keep the steady part</h2>
          <video className="form-check-video" src={previewUrl} controls muted playsInline />
          <p className="muted small">
            Skip where you speed up, slow down or reach for the phone. Up to {longestWindowSeconds} seconds are checked.
          </p>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-start`}>
              Start: {startSeconds.toFixed(1)} s
            </label>
            <input
              id={`${ids}-start`}
              className="form-check-range"
              type="range"
              min={0}
              max={duration}
              step={0.1}
              value={startSeconds}
              onChange={(event) => setStartSeconds(Math.min(Number(event.target.value), endSeconds - 1))}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-end`}>
              End: {endSeconds.toFixed(1)} s
            </label>
            <input
              id={`${ids}-end`}
              className="form-check-range"
              type="range"
              min={0}
              max={duration}
              step={0.1}
              value={endSeconds}
              onChange={(event) => setEndSeconds(Math.max(Number(event.target.value), startSeconds + 1))}
            />
          </div>
          <div className="button-row">
            <button type="button" className="button primary" onClick={analyse}>
              Check my form
            </button>
            <button type="button" className="button" onClick={startOver}>
              Choose another video
            </button>
          </div>
        </section>
      ) : null}

      {stage.name === "analysing" ? (
        <section className="card" aria-labelledby={`${ids}-busy`} aria-busy="true">
          <h2 id={`${ids}-busy`}>Finding your joints…</h2>
          <progress className="meter" max={1} value={stage.share0to1} aria-label="Progress of the check" />
          <p className="muted small">
            On this phone, frame by frame. The first check also loads the pose model (about 5 MB), kept for next time.
          </p>
          <button type="button" className="button" onClick={startOver}>
            Cancel
          </button>
        </section>
      ) : null}

      {stage.name === "done" && video ? (
        <>
          <FormCheckResult analysis={stage.analysis} series={stage.series} video={video} />
          <div className="button-row">
            {stage.analysis.kind === "measured" ? (
              stage.saved ? (
                <p role="status" className="flag flag-ok form-check-saved">
                  Saved to your log. Metronome target: {target.nextTargetStepsPerMinute} steps/min.
                </p>
              ) : (
                <button type="button" className="button primary" onClick={save}>
                  Save to my log
                </button>
              )
            ) : null}
            <button type="button" className="button" onClick={startOver}>
              Check another video
            </button>
          </div>
        </>
      ) : null}

      <section className="card" aria-labelledby={`${ids}-target`}>
        <h2 id={`${ids}-target`}>Your cadence target</h2>
        <p data-testid="cadence-target">{target.message}</p>
      </section>
      <FormCheckTrend events={events} />
    </Page>
  );
}
