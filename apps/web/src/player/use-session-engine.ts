import { useCallback, useEffect, useRef, useState } from "react";
import {
  createSessionEngine,
  type SessionEngine,
  type SessionSettings,
  type SessionSnapshot,
} from "./session-engine.ts";
import type { SessionPlan } from "./session-plan.ts";

const idleSnapshot: SessionSnapshot = {
  state: "idle",
  sessionSeconds: 0,
  activeSeconds: 0,
  phaseIndex: 0,
  skippedPhases: new Set(),
};

/** How often the screen redraws the timer. Display only: cues are timed by the audio clock. */
const redrawMs = 200;

/**
 * The engine for one plan, created lazily on Start (audio needs a user gesture) and disposed with the
 * screen, plus a snapshot redrawn a few times a second while the clock runs.
 */
export function useSessionEngine(plan: SessionPlan | null, settings: SessionSettings) {
  const engineRef = useRef<SessionEngine | null>(null);
  const [snapshot, setSnapshot] = useState<SessionSnapshot>(idleSnapshot);

  const refresh = useCallback(() => {
    const engine = engineRef.current;
    if (engine) setSnapshot({ ...engine.snapshot() });
  }, []);

  useEffect(() => () => engineRef.current?.dispose(), []);

  useEffect(() => {
    engineRef.current?.updateSettings(settings);
  }, [settings]);

  useEffect(() => {
    if (snapshot.state !== "running") return;
    const id = window.setInterval(refresh, redrawMs);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.clearInterval(id);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [snapshot.state, refresh]);

  const act = useCallback(
    (action: (engine: SessionEngine) => void) => {
      const engine = engineRef.current;
      if (engine) action(engine);
      refresh();
    },
    [refresh],
  );

  return {
    snapshot,
    start: useCallback(() => {
      if (!plan || engineRef.current) return;
      engineRef.current = createSessionEngine(plan, settings);
      engineRef.current.start();
      refresh();
    }, [plan, settings, refresh]),
    pause: useCallback(() => act((engine) => engine.pause()), [act]),
    resume: useCallback(() => act((engine) => engine.resume()), [act]),
    skip: useCallback(() => act((engine) => engine.skipPhase()), [act]),
    end: useCallback(() => act((engine) => engine.end()), [act]),
    say: useCallback((text: string) => engineRef.current?.say(text), []),
  };
}
