import type { FindingJson } from '../api/types.js';

export type Severity = FindingJson['severity'];

export interface Segment {
  text: string;
  /** The most serious finding over this stretch of text, or null. */
  severity: Severity | null;
  /** Indexes (into the findings given) of every finding covering this stretch. */
  findings: number[];
}

const RANK: Record<string, number> = { error: 3, warning: 2, info: 1 };

/**
 * Cuts `text` at every finding's start and end, so overlapping findings each keep their own
 * span and a stretch covered by several shows the most serious. Spans are UTF-16 offsets (JS
 * string indices), clamped to the text; an empty span means "the whole note" and marks nothing.
 */
export function segments(text: string, findings: readonly FindingJson[]): Segment[] {
  const spans = findings
    .map((f, i) => ({ i, start: Math.max(0, f.start), end: Math.min(text.length, f.end), f }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k] ?? 0;
    const to = points[k + 1] ?? 0;
    const over = spans.filter((s) => s.start <= from && s.end >= to);
    let severity: Severity | null = null;
    for (const s of over) {
      if (severity === null || (RANK[s.f.severity] ?? 0) > (RANK[severity] ?? 0))
        severity = s.f.severity;
    }
    out.push({ text: text.slice(from, to), severity, findings: over.map((s) => s.i) });
  }
  return out;
}
