/**
 * The session clock as plain data over an outside time source (AudioContext.currentTime, seconds).
 * Session time = audio time − origin while running. Pausing freezes it; resuming moves the origin
 * forward by the pause, so every cue keeps its place in the session. Skipping moves the origin back.
 */
export interface SessionClock {
  state: "idle" | "running" | "paused" | "finished";
  /** Audio time at which session time 0 was (or would have been) while running. */
  originAudioTime: number;
  /** Session time frozen while paused or finished. */
  frozenSessionSeconds: number;
  /** Session seconds jumped over by "Skip": not counted as time spent. */
  skippedSeconds: number;
}

export const idleClock: SessionClock = {
  state: "idle",
  originAudioTime: 0,
  frozenSessionSeconds: 0,
  skippedSeconds: 0,
};

export function startClock(audioNow: number): SessionClock {
  return { state: "running", originAudioTime: audioNow, frozenSessionSeconds: 0, skippedSeconds: 0 };
}

export function sessionSecondsAt(clock: SessionClock, audioNow: number): number {
  return clock.state === "running" ? audioNow - clock.originAudioTime : clock.frozenSessionSeconds;
}

/** Time the runner actually spent in the session: session time minus what they skipped. */
export function activeSecondsAt(clock: SessionClock, audioNow: number): number {
  return Math.max(0, sessionSecondsAt(clock, audioNow) - clock.skippedSeconds);
}

export function pauseClock(clock: SessionClock, audioNow: number): SessionClock {
  if (clock.state !== "running") return clock;
  return { ...clock, state: "paused", frozenSessionSeconds: audioNow - clock.originAudioTime };
}

export function resumeClock(clock: SessionClock, audioNow: number): SessionClock {
  if (clock.state !== "paused") return clock;
  return { ...clock, state: "running", originAudioTime: audioNow - clock.frozenSessionSeconds };
}

/** Jumps forward to a session time (the next phase's start); never backwards. */
export function skipClockTo(clock: SessionClock, audioNow: number, targetSessionSeconds: number): SessionClock {
  const nowSeconds = sessionSecondsAt(clock, audioNow);
  if (targetSessionSeconds <= nowSeconds || clock.state === "idle" || clock.state === "finished") return clock;
  const skippedSeconds = clock.skippedSeconds + (targetSessionSeconds - nowSeconds);
  if (clock.state === "paused") return { ...clock, frozenSessionSeconds: targetSessionSeconds, skippedSeconds };
  return { ...clock, originAudioTime: audioNow - targetSessionSeconds, skippedSeconds };
}

export function finishClock(clock: SessionClock, audioNow: number, capSessionSeconds?: number): SessionClock {
  if (clock.state === "finished" || clock.state === "idle") return { ...clock, state: "finished" };
  const nowSeconds = sessionSecondsAt(clock, audioNow);
  const frozen = capSessionSeconds === undefined ? nowSeconds : Math.min(nowSeconds, capSessionSeconds);
  return { ...clock, state: "finished", frozenSessionSeconds: frozen };
}
