import { useId } from 'react';

export interface Point {
  /** What the point is, in words: "Globex, round 2 (12 Feb)". */
  label: string;
  value: number;
}

interface Props {
  title: string;
  /** One sentence of what the line shows, for a screen reader. */
  summary: string;
  points: readonly Point[];
  min: number;
  max: number;
  /** Values on the left axis. */
  ticks: readonly number[];
  format: (v: number) => string;
  /** The axis' short form of a value (the points' words may be longer). */
  tick?: (v: number) => string;
}

const W = 560;
const H = 220;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/** A line over interviews in time order, evenly spaced; each point says what it is. */
export function LineChart({
  title,
  summary,
  points,
  min,
  max,
  ticks,
  format,
  tick = format,
}: Props) {
  const titleId = useId();
  const descId = useId();
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (points.length <= 1 ? innerW / 2 : (i * innerW) / (points.length - 1));
  const y = (v: number) => PAD.top + innerH - ((v - min) / (max - min || 1)) * innerH;
  const line = points.map((p, i) => `${String(x(i))},${String(y(p.value))}`).join(' ');
  return (
    <svg
      className="line-chart"
      viewBox={`0 0 ${String(W)} ${String(H)}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{summary}</desc>
      <g aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={PAD.left - 6} y={y(t)} dy="0.35em" textAnchor="end" className="chart-tick">
              {tick(t)}
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 8} className="chart-tick">
          first interview
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="chart-tick">
          latest
        </text>
        {points.length > 1 && <polyline points={line} className="chart-line" />}
      </g>
      {points.map((p, i) => {
        const words = `${p.label}: ${format(p.value)}`;
        return (
          <circle
            key={`${p.label}-${String(i)}`}
            cx={x(i)}
            cy={y(p.value)}
            r={4}
            className="chart-point"
            role="img"
            aria-label={words}
          >
            <title>{words}</title>
          </circle>
        );
      })}
    </svg>
  );
}
