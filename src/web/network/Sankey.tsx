import { sankey, sankeyJustify, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { useId, useMemo } from 'react';
import type { FunnelJson } from './api.js';
import { flowWords, NODE, type FunnelNodeId } from './labels.js';

interface N {
  id: FunnelNodeId;
  count: number;
}
interface L {
  source: FunnelNodeId;
  target: FunnelNodeId;
  value: number;
}
type LaidNode = SankeyNode<N, L>;
type LaidLink = SankeyLink<N, L>;

const W = 720;
const H = 340;
const LABEL_ROOM = 130;

/** A horizontal band from the source node's right edge to the target's left edge. */
function bandPath(l: LaidLink): string {
  const s = l.source as LaidNode;
  const t = l.target as LaidNode;
  const x0 = s.x1 ?? 0;
  const x1 = t.x0 ?? 0;
  const y0 = l.y0 ?? 0;
  const y1 = l.y1 ?? 0;
  const xm = (x0 + x1) / 2;
  return `M${String(x0)},${String(y0)}C${String(xm)},${String(y0)} ${String(xm)},${String(y1)} ${String(x1)},${String(y1)}`;
}

/**
 * The funnel as a Sankey: d3-sankey only computes where nodes and bands go; the drawing is ours,
 * so each band carries its words for a screen reader and the colours come from the theme.
 */
export function Sankey({ funnel }: { funnel: FunnelJson }) {
  const titleId = useId();
  const descId = useId();
  const graph = useMemo(() => {
    const nodes: N[] = funnel.nodes.filter((n) => n.count > 0).map((n) => ({ ...n }));
    const ids = new Set(nodes.map((n) => n.id));
    const links: L[] = funnel.links
      .filter((l) => l.value > 0 && ids.has(l.source) && ids.has(l.target))
      .map((l) => ({ ...l }));
    if (links.length === 0) return null;
    return sankey<N, L>()
      .nodeId((n) => n.id)
      .nodeAlign(sankeyJustify)
      .nodeWidth(14)
      .nodePadding(18)
      .extent([
        [1, 8],
        [W - LABEL_ROOM, H - 8],
      ])({ nodes, links });
  }, [funnel]);
  if (graph === null) return null;
  const applied = funnel.nodes.find((n) => n.id === 'applied')?.count ?? 0;
  return (
    <svg
      className="sankey"
      viewBox={`0 0 ${String(W)} ${String(H)}`}
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>Funnel of your search</title>
      <desc id={descId}>
        {`${String(applied)} applications flow from Applied to the furthest stage each reached, then to how it ended. The table beside it has the same numbers.`}
      </desc>
      <g className="sankey-links">
        {graph.links.map((l) => {
          const words = flowWords({
            source: (l.source as LaidNode).id,
            target: (l.target as LaidNode).id,
            value: l.value,
          });
          return (
            <path
              key={words}
              d={bandPath(l)}
              className={`sankey-link sankey-${NODE[(l.target as LaidNode).id].kind}`}
              strokeWidth={Math.max(1, l.width ?? 1)}
              role="img"
              aria-label={words}
              data-value={l.value}
            >
              <title>{words}</title>
            </path>
          );
        })}
      </g>
      <g className="sankey-nodes">
        {graph.nodes.map((n) => {
          const x0 = n.x0 ?? 0;
          const x1 = n.x1 ?? 0;
          const y0 = n.y0 ?? 0;
          const y1 = n.y1 ?? 0;
          const label = `${NODE[n.id].label}: ${String(n.count)}`;
          return (
            <g key={n.id}>
              <rect
                x={x0}
                y={y0}
                width={x1 - x0}
                height={Math.max(1, y1 - y0)}
                className={`sankey-node sankey-${NODE[n.id].kind}`}
                role="img"
                aria-label={label}
              />
              <text
                x={x1 + 6}
                y={(y0 + y1) / 2}
                dy="0.35em"
                className="sankey-label"
                aria-hidden="true"
              >
                {label}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
