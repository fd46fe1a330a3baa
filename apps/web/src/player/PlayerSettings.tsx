import { useId, useState } from "react";
import type { SessionSettings } from "./session-engine.ts";

export interface PlayerSettingsProps {
  voiceOn: boolean;
  onVoiceChange: (voiceOn: boolean) => void;
  /** Null hides the metronome (sessions without running). */
  metronome: { on: boolean; bpm: number } | null;
  onMetronomeChange: (metronome: { on: boolean; bpm: number }) => void;
  /** The cadence band, for the hint and the limits of the stepper. */
  bandMinStepsPerMinute: number;
  bandMaxStepsPerMinute: number;
}

/** Slowest and fastest metronome the stepper offers: wide enough for a +5% path toward the band. */
export const metronomeMinBpm = 140;
export const metronomeMaxBpm = 200;

export function settingsFor(voiceOn: boolean, metronome: { on: boolean; bpm: number } | null): SessionSettings {
  return { voiceOn, metronomeBpm: metronome?.on ? metronome.bpm : null };
}

export function PlayerSettings({
  voiceOn,
  onVoiceChange,
  metronome,
  onMetronomeChange,
  bandMinStepsPerMinute,
  bandMaxStepsPerMinute,
}: PlayerSettingsProps) {
  const id = useId();
  // What the runner is typing: "17" on the way to "175" must not be clamped to 140 mid-typing.
  const [draft, setDraft] = useState<string | null>(null);
  const clamp = (bpm: number) => Math.min(metronomeMaxBpm, Math.max(metronomeMinBpm, Math.round(bpm)));
  return (
    <fieldset className="player-settings">
      <legend className="visually-hidden">Sound</legend>
      <label className="player-toggle">
        <input type="checkbox" checked={voiceOn} onChange={(event) => onVoiceChange(event.target.checked)} />
        <span>Voice</span>
      </label>
      {metronome ? (
        <div className="player-metronome">
          <label className="player-toggle">
            <input
              type="checkbox"
              checked={metronome.on}
              aria-describedby={`${id}-hint`}
              onChange={(event) => onMetronomeChange({ ...metronome, on: event.target.checked })}
            />
            <span>Cadence metronome</span>
          </label>
          <div className="player-bpm">
            <button
              type="button"
              className="button"
              aria-label="Slower metronome"
              disabled={metronome.bpm <= metronomeMinBpm}
              onClick={() => onMetronomeChange({ ...metronome, bpm: clamp(metronome.bpm - 1) })}
            >
              −
            </button>
            <label className="player-bpm-field">
              <span className="visually-hidden">Steps per minute</span>
              <input
                type="number"
                inputMode="numeric"
                min={metronomeMinBpm}
                max={metronomeMaxBpm}
                value={draft ?? String(metronome.bpm)}
                onChange={(event) => {
                  const text = event.target.value;
                  setDraft(text);
                  const value = Number(text);
                  if (text && value >= metronomeMinBpm && value <= metronomeMaxBpm) {
                    onMetronomeChange({ ...metronome, bpm: Math.round(value) });
                  }
                }}
                onBlur={() => {
                  const value = Number(draft);
                  if (draft && Number.isFinite(value) && value > 0)
                    onMetronomeChange({ ...metronome, bpm: clamp(value) });
                  setDraft(null);
                }}
              />
              <span aria-hidden="true">steps/min</span>
            </label>
            <button
              type="button"
              className="button"
              aria-label="Faster metronome"
              disabled={metronome.bpm >= metronomeMaxBpm}
              onClick={() => onMetronomeChange({ ...metronome, bpm: clamp(metronome.bpm + 1) })}
            >
              +
            </button>
          </div>
          <p className="muted small" id={`${id}-hint`}>
            Ticks while you run. Aim for {bandMinStepsPerMinute}–{bandMaxStepsPerMinute} steps a minute: short, quick
            steps land under your hips instead of out in front.
          </p>
        </div>
      ) : null}
    </fieldset>
  );
}
