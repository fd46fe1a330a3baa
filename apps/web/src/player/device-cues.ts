/**
 * The rest of the browser glue: speech, vibration and the screen wake lock. Each feature is optional
 * (a browser without it just goes without), and none of them touches the network.
 */

export function speechAvailable(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window;
}

export function speak(text: string): void {
  if (!speechAvailable() || !text) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = document.documentElement.lang || "en";
  utterance.rate = 1;
  window.speechSynthesis.speak(utterance);
}

export function stopSpeaking(): void {
  if (speechAvailable()) window.speechSynthesis.cancel();
}

export function vibrate(pattern: number[]): void {
  if (typeof navigator !== "undefined" && typeof navigator.vibrate === "function") navigator.vibrate(pattern);
}

/**
 * Keeps the screen on during a session. The browser drops the lock whenever the page is hidden, so it
 * is requested again each time the page becomes visible while the lock is wanted.
 */
export function createWakeLock(): { acquire(): void; release(): void } {
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;

  async function request(): Promise<void> {
    if (!wanted || sentinel || !("wakeLock" in navigator) || document.visibilityState !== "visible") return;
    try {
      sentinel = await navigator.wakeLock.request("screen");
      sentinel.addEventListener("release", () => {
        sentinel = null;
      });
    } catch {
      // Denied (battery saver, no user gesture): the session still runs, the screen may dim.
      sentinel = null;
    }
  }

  function onVisibilityChange(): void {
    if (document.visibilityState === "visible") void request();
  }

  return {
    acquire() {
      if (!wanted) document.addEventListener("visibilitychange", onVisibilityChange);
      wanted = true;
      void request();
    },
    release() {
      wanted = false;
      document.removeEventListener("visibilitychange", onVisibilityChange);
      void sentinel?.release();
      sentinel = null;
    },
  };
}
