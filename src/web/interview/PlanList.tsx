import type { ActionJson } from '../api/types.js';
import { ACTION_LABEL, formatWhen } from '../lib/format.js';

/** A plan as a read-only list: what, when, why. Used for the preview, before anything is saved. */
export function PlanList({ actions }: { actions: readonly ActionJson[] }) {
  return (
    <ol className="plan">
      {actions.map((a) => (
        <li key={a.key}>
          <p>
            <span className={`tag tag-${a.kind}`}>{ACTION_LABEL[a.kind]}</span>{' '}
            <strong>{a.title}</strong>
          </p>
          <p className="action-meta">
            Due {formatWhen(a.due)}
            {a.latest !== null && <> · latest {formatWhen(a.latest)}</>}
          </p>
          <p className="why">
            <span className="why-label">Why: </span>
            {a.why}
          </p>
        </li>
      ))}
    </ol>
  );
}
