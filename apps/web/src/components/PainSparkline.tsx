import { sparklineShape, sparklineWords } from "../lib/roster-view.ts";

const width = 84;
const height = 24;

/** The last 14 days' highest pain as a small line (gaps where no score), with its meaning in words. */
export function PainSparkline({ values, today }: { values: readonly (number | null)[]; today: string }) {
  const shape = sparklineShape(values, width, height);
  const words = sparklineWords(values, today);
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      <title>{words}</title>
      <line className="sparkline-base" x1={0} x2={width} y1={height - 2} y2={height - 2} />
      {shape.segments.map((points) => (
        <polyline key={points} points={points} fill="none" />
      ))}
      {shape.dots.map((dot) => (
        <circle key={`${dot.x}`} cx={dot.x} cy={dot.y} r={2} className={dot.pain0to10 >= 3 ? "sparkline-high" : ""} />
      ))}
    </svg>
  );
}
