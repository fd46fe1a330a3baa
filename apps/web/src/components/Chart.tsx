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
  height = 220,
}: {
  /** Unix seconds (UTC midnight of each local day). */
  x: number[];
  series: ChartSeries[];
  yRange?: [number, number];
  yLabel: string;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element || x.length === 0) return;
    const axisColor = cssVar("--muted");
    const gridColor = cssVar("--border");
    const bars = uPlot.paths.bars ? uPlot.paths.bars({ size: [0.6, 40] }) : undefined;
    const options: uPlot.Options = {
      width: Math.max(280, element.clientWidth),
      height,
      legend: { show: false },
      cursor: { show: true, drag: { x: false, y: false } },
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"),
      scales: { x: { time: true }, y: yRange ? { range: yRange } : { auto: true } },
      axes: [
        { stroke: axisColor, grid: { stroke: gridColor, width: 1 }, ticks: { stroke: gridColor } },
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
          if (item.kind === "bars") return { ...common, fill: color, width: 0, ...(bars ? { paths: bars } : {}) };
          if (item.kind === "points") return { ...common, width: 0, points: { show: true, size: 8, fill: color } };
          if (item.kind === "dashed") return { ...common, width: 2, dash: [6, 4], points: { show: false } };
          return { ...common, width: 2, points: { show: true, size: 6, fill: color } };
        }),
      ],
    };
    const plot = new uPlot(options, [x, ...series.map((item) => item.values)] as uPlot.AlignedData, element);
    const observer = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [x, series, yRange, yLabel, height]);

  return <div className="chart" ref={container} aria-hidden="true" />;
}
