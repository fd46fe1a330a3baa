import type { Cue } from "./cue-schedule.ts";
import type { PhaseKind } from "./session-plan.ts";

/**
 * Beeps on the AudioContext clock. Pitches differ by what starts, so a runner with the phone in a
 * pocket can tell "run" (high) from "walk" (low) without the voice; the metronome is a short click.
 */

interface Tone {
  frequencyHz: number;
  durationSeconds: number;
  /** Peak gain 0..1. */
  volume: number;
  /** Offset after the cue's time, for two- and three-note signals. */
  delaySeconds?: number;
}

const phaseStartHz: Record<PhaseKind, number> = {
  run: 880,
  walk: 440,
  exercise: 784,
  rest: 523,
  prep: 659,
  ice: 392,
  heat: 587,
  timer: 659,
};

export function tonesFor(cue: Cue, phaseKind: PhaseKind | undefined): Tone[] {
  switch (cue.kind) {
    case "phase-start": {
      const frequencyHz = phaseStartHz[phaseKind ?? "timer"];
      // Run gets two notes: the change that matters most outdoors.
      return phaseKind === "run"
        ? [
            { frequencyHz, durationSeconds: 0.15, volume: 0.5 },
            { frequencyHz, durationSeconds: 0.25, volume: 0.5, delaySeconds: 0.2 },
          ]
        : [{ frequencyHz, durationSeconds: 0.35, volume: 0.5 }];
    }
    case "countdown":
      return [{ frequencyHz: 660, durationSeconds: 0.08, volume: 0.35 }];
    case "halfway":
      return [{ frequencyHz: 740, durationSeconds: 0.12, volume: 0.35 }];
    case "form-check":
      return [
        { frequencyHz: 988, durationSeconds: 0.08, volume: 0.35 },
        { frequencyHz: 988, durationSeconds: 0.08, volume: 0.35, delaySeconds: 0.14 },
      ];
    case "metronome-tick":
      return [{ frequencyHz: 1568, durationSeconds: 0.03, volume: 0.25 }];
    case "finish":
      return [523, 659, 784].map((frequencyHz, index) => ({
        frequencyHz,
        durationSeconds: 0.22,
        volume: 0.5,
        delaySeconds: index * 0.22,
      }));
    case "round":
    case "phase-end":
      return [];
  }
}

export interface AudioCuePlayer {
  /** Schedules the tones of a cue at an audio time; returns nothing, cancel() stops what is pending. */
  play(cue: Cue, phaseKind: PhaseKind | undefined, audioTime: number): void;
  /** Stops every tone that has not finished (pause, skip). */
  cancelPending(): void;
  /** A near-silent loop that keeps the audio session (and so the page's timers) alive. */
  startKeepAlive(): void;
  stopKeepAlive(): void;
}

export function createAudioCuePlayer(context: AudioContext): AudioCuePlayer {
  let pending: { oscillator: OscillatorNode; endTime: number }[] = [];
  let keepAlive: AudioBufferSourceNode | null = null;

  function playTone(tone: Tone, at: number): void {
    const start = at + (tone.delaySeconds ?? 0);
    const end = start + tone.durationSeconds;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.type = "sine";
    oscillator.frequency.setValueAtTime(tone.frequencyHz, start);
    // A 5 ms attack and an exponential release avoid clicks at the edges of the tone.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.linearRampToValueAtTime(tone.volume, start + 0.005);
    gain.gain.exponentialRampToValueAtTime(0.0001, end);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(end + 0.01);
    const entry = { oscillator, endTime: end };
    pending.push(entry);
    oscillator.onended = () => {
      gain.disconnect();
      pending = pending.filter((item) => item !== entry);
    };
  }

  return {
    play(cue, phaseKind, audioTime) {
      for (const tone of tonesFor(cue, phaseKind)) playTone(tone, audioTime);
    },
    cancelPending() {
      for (const { oscillator } of pending) {
        try {
          oscillator.stop();
        } catch {
          // Already stopped: nothing to cancel.
        }
      }
      pending = [];
    },
    startKeepAlive() {
      if (keepAlive) return;
      // One second of very quiet noise, looped: inaudible, but the page counts as playing audio, which
      // keeps browsers from freezing its timers while the screen is locked.
      const buffer = context.createBuffer(1, context.sampleRate, context.sampleRate);
      const samples = buffer.getChannelData(0);
      for (let index = 0; index < samples.length; index += 1) samples[index] = (Math.random() * 2 - 1) * 0.0004;
      const source = context.createBufferSource();
      source.buffer = buffer;
      source.loop = true;
      source.connect(context.destination);
      source.start();
      keepAlive = source;
    },
    stopKeepAlive() {
      keepAlive?.stop();
      keepAlive?.disconnect();
      keepAlive = null;
    },
  };
}
