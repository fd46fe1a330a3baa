/**
 * Repeat form checks as a trend, for the runner's form-check screen and the coach's view. Takes events
 * loosely typed (the coach's screen reads them from the API as JSON) and keeps only well-formed checks.
 */
export interface FormTrendRow {
  eventId: string;
  localDate: string;
  view: "side" | "rear";
  cadenceStepsPerMinute: number;
  trunkLeanDegrees?: number;
  overstrideLegLengths?: number;
  pelvicDropDegrees?: number;
}

interface LooseEvent {
  id?: string;
  type: string;
  localDate: string;
  [field: string]: unknown;
}

function measureValue(measures: Record<string, unknown>, key: string): number | undefined {
  const measure = measures[key] as { value?: unknown } | undefined;
  return typeof measure?.value === "number" ? measure.value : undefined;
}

/** Form checks oldest first. */
export function formTrend(events: readonly LooseEvent[]): FormTrendRow[] {
  return events.flatMap((event) => {
    if (event.type !== "form.checked") return [];
    const measures = (event.measures ?? {}) as Record<string, unknown>;
    const cadence = measureValue(measures, "cadenceStepsPerMinute");
    if (cadence === undefined || (event.view !== "side" && event.view !== "rear")) return [];
    const lean = measureValue(measures, "trunkLeanDegrees");
    const overstride = measureValue(measures, "overstrideLegLengths");
    const drop = measureValue(measures, "pelvicDropDegrees");
    return [
      {
        eventId: String(event.id ?? event.localDate),
        localDate: event.localDate,
        view: event.view,
        cadenceStepsPerMinute: cadence,
        ...(lean === undefined ? {} : { trunkLeanDegrees: lean }),
        ...(overstride === undefined ? {} : { overstrideLegLengths: overstride }),
        ...(drop === undefined ? {} : { pelvicDropDegrees: drop }),
      },
    ];
  });
}

/** One line on how the checks moved: "Cadence 158 → 167 over 3 checks; overstride 38% → 24% of leg length." */
export function trendSentence(rows: readonly FormTrendRow[]): string | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last || rows.length < 2) return null;
  const parts = [
    `Cadence ${Math.round(first.cadenceStepsPerMinute)} → ${Math.round(last.cadenceStepsPerMinute)} steps/min over ${rows.length} checks`,
  ];
  const sides = rows.filter((row) => row.overstrideLegLengths !== undefined);
  const firstSide = sides[0];
  const lastSide = sides[sides.length - 1];
  if (sides.length >= 2 && firstSide && lastSide) {
    parts.push(
      `overstride ${Math.round((firstSide.overstrideLegLengths ?? 0) * 100)}% → ${Math.round((lastSide.overstrideLegLengths ?? 0) * 100)}% of leg length`,
    );
  }
  return `${parts.join("; ")}.`;
}
