/**
 * Runner names the coach's roster already showed, so a runner's page can title itself without reading the
 * whole roster again (each roster read is written to every runner's audit log). Session storage only.
 */
const key = "backstride.rosterNames";

function read(): Record<string, string> {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberRunnerNames(runners: readonly { runnerId: string; name: string }[]): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(Object.fromEntries(runners.map((r) => [r.runnerId, r.name]))));
  } catch {
    // Storage full or disabled: the runner page falls back to a generic title.
  }
}

export function runnerName(runnerId: string): string | null {
  return read()[runnerId] ?? null;
}
