import { ImportError, type ImportedActivity, type ImportResult, importActivity } from "@backstride/importers";
import type { Command } from "../cli-io.ts";

const USAGE = "usage: backstride analyze FILE... [--json]";

/**
 * `backstride analyze FILE... [--json]`: what Backstride reads from activity files, archives included.
 * A file that cannot be read at all gets one line on stderr and makes the exit code 1, after the others
 * are done; a partly damaged file is summarised with its issues and does not fail the run.
 */
export const run: Command = async (args, io) => {
  const json = args.includes("--json");
  const unknown = args.filter((a) => a.startsWith("-") && a !== "--json");
  const files = args.filter((a) => !a.startsWith("-"));
  if (unknown.length > 0 || files.length === 0) {
    io.stderr(`${unknown.length > 0 ? `backstride analyze: unknown option ${unknown[0]}\n` : ""}${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let result: ImportResult;
    try {
      result = importActivity(await io.readFile(file), baseName(file));
    } catch (error) {
      failed = true;
      // ImportError messages start with the file's name, which the line already shows.
      const full = readableReason(error);
      const reason = full.startsWith(`${baseName(file)} `) ? full.slice(baseName(file).length + 1) : full;
      io.stderr(`backstride analyze: ${file}: ${reason}\n`);
      continue;
    }
    io.stdout(json ? `${JSON.stringify(toJson(file, result))}\n` : humanSummary(file, result));
  }
  return failed ? 1 : 0;
};

function readableReason(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder, not a file";
  return error instanceof Error ? error.message : String(error);
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function toJson(file: string, result: ImportResult) {
  return {
    file,
    format: result.format,
    activities: result.activities.map((a) => ({
      sport: a.sport,
      startTime: a.startTime,
      distanceMeters: round(a.distanceMeters, 2),
      elapsedSeconds: round(a.elapsedSeconds, 3),
      movingSeconds: round(a.movingSeconds, 3),
      cadence: a.cadence && {
        avgStepsPerMinute: round(a.cadence.avgStepsPerMinute, 2),
        bands: {
          below160: round(a.cadence.bands.below160, 4),
          from160to170: round(a.cadence.bands.from160to170, 4),
          from170to180: round(a.cadence.bands.from170to180, 4),
          above180: round(a.cadence.bands.above180, 4),
        },
      },
      elevation: a.elevation && {
        gainMeters: round(a.elevation.gainMeters, 1),
        lossMeters: round(a.elevation.lossMeters, 1),
      },
      downhillShare: a.downhillShare === null ? null : round(a.downhillShare, 4),
      heartRate: a.heartRate && { avgBpm: round(a.heartRate.avgBpm, 1), maxBpm: a.heartRate.maxBpm },
      runningDynamics: a.runningDynamics && {
        ...(a.runningDynamics.avgStanceTimeMs !== undefined
          ? { avgStanceTimeMs: round(a.runningDynamics.avgStanceTimeMs, 1) }
          : {}),
        ...(a.runningDynamics.avgVerticalOscillationMm !== undefined
          ? { avgVerticalOscillationMm: round(a.runningDynamics.avgVerticalOscillationMm, 1) }
          : {}),
        ...(a.runningDynamics.avgStepLengthMm !== undefined
          ? { avgStepLengthMm: round(a.runningDynamics.avgStepLengthMm, 1) }
          : {}),
      },
    })),
    issues: result.issues,
  };
}

function humanSummary(file: string, result: ImportResult): string {
  const lines = [
    `${file} (${result.format}, ${result.activities.length} ${result.activities.length === 1 ? "activity" : "activities"})`,
  ];
  for (const a of result.activities) lines.push(...activityLines(a));
  for (const issue of result.issues)
    lines.push(`  ${issue.severity}: ${issue.file === baseName(file) ? "" : `${issue.file}: `}${issue.message}`);
  return `${lines.join("\n")}\n`;
}

function activityLines(a: ImportedActivity): string[] {
  const when = a.startTime ? `${a.startTime.slice(0, 16).replace("T", " ")} UTC` : "date unknown";
  const pace =
    a.distanceMeters > 0 && a.movingSeconds > 0
      ? ` · ${clock((a.movingSeconds / a.distanceMeters) * 1000)} /km moving`
      : "";
  const head = [a.name ?? a.sport, a.name ? a.sport : null, when, `${(a.distanceMeters / 1000).toFixed(2)} km`]
    .filter((part) => part !== null)
    .join(" · ");
  const lines = [`  ${head}`, `    ${clock(a.elapsedSeconds)} elapsed, ${clock(a.movingSeconds)} moving${pace}`];
  if (a.cadence) {
    const b = a.cadence.bands;
    lines.push(
      `    cadence ${Math.round(a.cadence.avgStepsPerMinute)} steps/min while moving (below 160: ${pct(b.below160)}, 160–170: ${pct(b.from160to170)}, 170–180: ${pct(b.from170to180)}, above 180: ${pct(b.above180)})`,
    );
  }
  const terrain: string[] = [];
  if (a.elevation)
    terrain.push(`elevation +${Math.round(a.elevation.gainMeters)} m / −${Math.round(a.elevation.lossMeters)} m`);
  if (a.downhillShare !== null) terrain.push(`downhill (steeper than −3 %) ${pct(a.downhillShare)} of the distance`);
  if (terrain.length > 0) lines.push(`    ${terrain.join(" · ")}`);
  if (a.heartRate) lines.push(`    heart rate avg ${Math.round(a.heartRate.avgBpm)}, max ${a.heartRate.maxBpm} bpm`);
  const d = a.runningDynamics;
  if (d) {
    const parts = [
      d.avgStanceTimeMs !== undefined ? `ground contact ${Math.round(d.avgStanceTimeMs)} ms` : null,
      d.avgVerticalOscillationMm !== undefined
        ? `vertical oscillation ${Math.round(d.avgVerticalOscillationMm)} mm`
        : null,
      d.avgStepLengthMm !== undefined ? `step length ${(d.avgStepLengthMm / 1000).toFixed(2)} m` : null,
    ].filter((p) => p !== null);
    lines.push(`    running dynamics: ${parts.join(", ")}`);
  }
  return lines;
}

function pct(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function clock(totalSeconds: number): string {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
