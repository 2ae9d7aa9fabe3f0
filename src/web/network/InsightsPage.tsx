import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { formatDate } from '../lib/format.js';
import { useInsights, type FunnelJson, type InsightsFilter, type TrendsJson } from './api.js';
import { flowWords, NODE } from './labels.js';
import { LineChart, type Point } from './LineChart.js';
import { Sankey } from './Sankey.js';
import './network.css';

/** Insights (PRODUCT.md §7, §8): the funnel of the whole search and how your interviews trend. */
export default function InsightsPage() {
  useTitle('Insights');
  const [filter, setFilter] = useState<InsightsFilter>({});
  const insights = useInsights(filter);
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">Your search</p>
          <h1>Insights</h1>
          <p className="muted">
            Every application is experience: where they went, and whether your interviews are
            getting better.
          </p>
        </div>
      </div>
      {insights.isPending ? (
        <Loading what="Loading insights" />
      ) : insights.isError ? (
        <ErrorNote error={insights.error} />
      ) : (
        <>
          <Filter sources={insights.data.funnel.sources} filter={filter} onChange={setFilter} />
          <Funnel funnel={insights.data.funnel} />
          <Trend trends={insights.data.trends} />
        </>
      )}
    </>
  );
}

function Filter(props: {
  sources: string[];
  filter: InsightsFilter;
  onChange: (f: InsightsFilter) => void;
}) {
  const ids = { source: useId(), from: useId(), to: useId() };
  const set = (k: keyof InsightsFilter) => (e: { target: { value: string } }) => {
    props.onChange({ ...props.filter, [k]: e.target.value === '' ? undefined : e.target.value });
  };
  return (
    <form
      className="inline-form insights-filter"
      aria-label="Filter the funnel"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <label htmlFor={ids.source}>Source</label>
      <select id={ids.source} value={props.filter.source ?? ''} onChange={set('source')}>
        <option value="">All sources</option>
        {props.sources.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      <label htmlFor={ids.from}>Applied from</label>
      <input id={ids.from} type="date" value={props.filter.from ?? ''} onChange={set('from')} />
      <label htmlFor={ids.to}>to</label>
      <input id={ids.to} type="date" value={props.filter.to ?? ''} onChange={set('to')} />
    </form>
  );
}

function Funnel({ funnel }: { funnel: FunnelJson }) {
  return (
    <section aria-labelledby="funnel-title">
      <h2 id="funnel-title">Where your applications went</h2>
      {funnel.total === 0 ? (
        <p className="empty">
          No applications in this selection. <Link to="/applications/new">Add one</Link>, or widen
          the filter.
        </p>
      ) : (
        <div className="funnel">
          <div className="funnel-chart">
            <Sankey funnel={funnel} />
          </div>
          <div className="table-wrap funnel-table">
            <table className="table">
              <caption>
                The funnel in numbers ({funnel.total}{' '}
                {funnel.total === 1 ? 'application' : 'applications'})
              </caption>
              <thead>
                <tr>
                  <th scope="col">Stage or ending</th>
                  <th scope="col">Applications</th>
                </tr>
              </thead>
              <tbody>
                {funnel.nodes.map((n) => (
                  <tr key={n.id} data-node={n.id}>
                    <th scope="row">{NODE[n.id].label}</th>
                    <td>{n.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="table">
              <caption>Flows between them</caption>
              <thead>
                <tr>
                  <th scope="col">From → to</th>
                  <th scope="col">Applications</th>
                </tr>
              </thead>
              <tbody>
                {funnel.links.map((l) => (
                  <tr key={`${l.source}-${l.target}`} data-flow={flowWords(l)}>
                    <th scope="row">
                      {NODE[l.source].label} → {NODE[l.target].label}
                    </th>
                    <td>{l.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

const pointLabel = (i: TrendsJson['interviews'][number]): string =>
  `${i.company}, round ${String(i.round)}${i.start === null ? '' : ` (${formatDate(i.start)})`}`;

const changeWords = (s: TrendsJson['checklist'], unit: (v: number) => string): string =>
  s.first === null || s.latest === null
    ? ''
    : ` From ${unit(s.first)} at first to ${unit(s.latest)} at the latest.`;

function Trend({ trends }: { trends: TrendsJson }) {
  const checklist: Point[] = trends.interviews.flatMap((i) =>
    i.checklist_score === null ? [] : [{ label: pointLabel(i), value: i.checklist_score }],
  );
  const rating: Point[] = trends.interviews.flatMap((i) =>
    i.average_rating === null ? [] : [{ label: pointLabel(i), value: i.average_rating }],
  );
  const pct = (v: number) => `${String(Math.round(v))}%`;
  const stars = (v: number) => `${(Math.round(v * 10) / 10).toFixed(1)} of 4`;
  return (
    <section aria-labelledby="trend-title">
      <h2 id="trend-title">Your interviews over time</h2>
      {checklist.length === 0 && rating.length === 0 ? (
        <p className="empty">
          No debriefs yet. After an interview, fill in its debrief: the checklist score and how you
          rated your answers show up here.
        </p>
      ) : (
        <div className="trend-charts">
          {checklist.length > 0 && (
            <figure>
              <LineChart
                title="Checklist score per interview"
                summary={`${String(checklist.length)} interviews.${changeWords(trends.checklist, pct)}`}
                points={checklist}
                min={0}
                max={100}
                ticks={[0, 25, 50, 75, 100]}
                format={pct}
              />
              <figcaption>Checklist score per interview, oldest first</figcaption>
            </figure>
          )}
          {rating.length > 0 && (
            <figure>
              <LineChart
                title="Average answer rating per interview"
                summary={`${String(rating.length)} interviews.${changeWords(trends.rating, stars)}`}
                points={rating}
                min={1}
                max={4}
                ticks={[1, 2, 3, 4]}
                format={stars}
                tick={String}
              />
              <figcaption>Average rating of your answers (1 to 4), oldest first</figcaption>
            </figure>
          )}
        </div>
      )}
    </section>
  );
}
