import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface ChartSeries {
  label: string;
  /** CSS custom property holding the colour, e.g. "--chart-1". */
  colorVar: string;
  values: (number | null)[];
  kind: "line" | "points" | "bars" | "dashed";
}

const day = 86_400;

/** Pads the time axis by half a week each side and shows at least two weeks, so one point is not lost. */
function xRange(x: number[]): [number, number] {
  const first = x[0] ?? 0;
  const last = x[x.length - 1] ?? first;
  const pad = 3.5 * day;
  const span = Math.max(last - first + 2 * pad, 14 * day);
  const middle = (first + last) / 2;
  return [middle - span / 2, middle + span / 2];
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "18 Nov": the axis shows the runner's local days, stored as UTC midnights. */
function dayLabel(seconds: number): string {
  const date = new Date(seconds * 1000);
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]}`;
}

function maxOf(series: ChartSeries[]): number {
  let max = 0;
  for (const item of series) for (const value of item.values) if (value !== null && value > max) max = value;
  return max;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || "#888";
}

/**
 * A small uPlot chart sized to its container. The canvas is decorative for screen readers: every chart
 * sits in a figure with a text summary and a data table (see ProgressScreen).
 */
export function Chart({
  x,
  series,
  yRange,
  yLabel,
  yMinTop = 5,
  thresholds = [],
  height = 220,
  xKind = "days",
}: {
  /** Unix seconds (UTC midnight of each local day), or seconds into a clip when `xKind` is "seconds". */
  x: number[];
  series: ChartSeries[];
  yRange?: [number, number];
  yLabel: string;
  /** Without a fixed range, the y axis still reaches at least this, so a week of zeros looks flat. */
  yMinTop?: number;
  /** Horizontal lines across the whole plot (the 3/10 stop line, the 170–180 band), dashed. */
  thresholds?: { value: number; colorVar: string }[];
  height?: number;
  /** "seconds": x is time into a video (the form check's step rhythm), labelled "3 s". */
  xKind?: "days" | "seconds";
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || x.length === 0) return;
    const axisColor = cssVar("--muted");
    const gridColor = cssVar("--border");
    const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.6, 40] }) : undefined;
    const options: uPlot.Options = {
      width: Math.max(280, Math.floor(element.clientWidth)),
      height,
      legend: { show: false },
      cursor: { show: true, drag: { x: false, y: false } },
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
      scales: {
        x:
          xKind === "days"
            ? { time: true, range: () => xRange(x) }
            : { time: false, range: () => [Math.floor(x[0] ?? 0), Math.ceil(x[x.length - 1] ?? 1)] },
        y: { range: () => yRange ?? [0, Math.max(yMinTop, maxOf(series) * 1.15)] },
      },
      axes: [
        {
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          ticks: { stroke: gridColor },
          values: (_plot, splits) => splits.map(xKind === "days" ? dayLabel : (value) => `${value} s`),
        },
        {
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          ticks: { stroke: gridColor },
          label: yLabel,
          size: 50,
        },
      ],
      series: [
        {},
        ...series.map((item) => {
          const color = cssVar(item.colorVar);
          const common = { label: item.label, stroke: color, spanGaps: item.kind !== "points" };
          if (item.kind === "bars") {
            return { ...common, fill: color, width: 0, points: { show: false }, ...(bars ? { paths: bars } : {}) };
          }
          if (item.kind === "points") return { ...common, width: 0, points: { show: true, size: 8, fill: color } };
          if (item.kind === "dashed") return { ...common, width: 2, dash: [6, 4], points: { show: true, size: 5 } };
          return { ...common, width: 2, points: { show: true, size: 6, fill: color } };
        }),
      ],
    };
    options.hooks = {
      draw: [
        (plot) => {
          const { ctx, bbox } = plot;
          ctx.save();
          ctx.lineWidth = 2 * devicePixelRatio;
          ctx.setLineDash([8 * devicePixelRatio, 6 * devicePixelRatio]);
          for (const line of thresholds) {
            const y = Math.round(plot.valToPos(line.value, "y", true));
            ctx.strokeStyle = cssVar(line.colorVar);
            ctx.beginPath();
            ctx.moveTo(bbox.left, y);
            ctx.lineTo(bbox.left + bbox.width, y);
            ctx.stroke();
          }
          ctx.restore();
        },
      ],
    };
    const plot = new uPlot(options, [x, ...series.map((item) => item.values)] as uPlot.AlignedData, element);
    let width = options.width;
    const observer = new ResizeObserver(() => {
      // Only on a real change: resizing the canvas must never feed back into another resize.
      const next = Math.max(280, Math.floor(element.clientWidth));
      if (next === width) return;
      width = next;
      plot.setSize({ width, height });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [x, series, yRange, yLabel, yMinTop, thresholds, height, xKind]);

  return <div className="chart" ref={container} aria-hidden="true" />;
}
