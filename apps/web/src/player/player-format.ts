/** "4:05", "24:00", "1:02:03": a clock face for the big timer. */
export function formatClock(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const mmss = `${hours > 0 ? String(minutes).padStart(2, "0") : minutes}:${String(seconds).padStart(2, "0")}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Seconds left in a phase, counted up to the next whole second so "0:00" only shows at the end. */
export function secondsLeft(phaseEndSeconds: number, sessionSeconds: number): number {
  return Math.max(0, Math.ceil(phaseEndSeconds - sessionSeconds - 1e-9));
}

/** "24 min", "1 h 5 min": a duration at a glance. */
export function formatMinutes(totalSeconds: number): string {
  const minutes = Math.round(totalSeconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}
