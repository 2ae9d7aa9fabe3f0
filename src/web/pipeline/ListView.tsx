import { useDeferredValue, useId, useState } from 'react';
import { Link } from 'react-router';
import { useApplications } from '../api/queries.js';
import type { Status } from '../api/types.js';
import { ErrorNote, Loading } from '../components/Status.js';
import { formatDate, formatWhen, plural, STATUS_LABEL } from '../lib/format.js';
import { COLUMNS } from './columns.js';

/** Every application as a table, searched (company and role) and filtered by status on the server. */
export function ListView() {
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  // Typing stays responsive; the query follows the deferred text.
  const search = useDeferredValue(q.trim());
  const apps = useApplications({ q: search, status, limit: 500 });
  const searchId = useId();
  const statusId = useId();
  return (
    <>
      <search className="filters">
        <div className="field field-inline">
          <label htmlFor={searchId}>Search</label>
          <input
            id={searchId}
            type="search"
            value={q}
            placeholder="Company or role"
            onChange={(e) => {
              setQ(e.target.value);
            }}
          />
        </div>
        <div className="field field-inline">
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as Status | '');
            }}
          >
            <option value="">Any status</option>
            {COLUMNS.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </search>
      {apps.isPending ? (
        <Loading />
      ) : apps.isError ? (
        <ErrorNote error={apps.error} />
      ) : apps.data.length === 0 ? (
        <p className="empty">No application matches. Clear the search or pick another status.</p>
      ) : (
        <>
          <p className="muted" role="status">
            {plural(apps.data.length, 'application')}
          </p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="col-wide">
                    Applied
                  </th>
                  <th scope="col" className="col-wide">
                    Last change
                  </th>
                </tr>
              </thead>
              <tbody>
                {apps.data.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <Link to={`/applications/${String(a.id)}`}>{a.company}</Link>
                    </td>
                    <td>{a.role}</td>
                    <td>
                      <span className={`badge badge-${a.status}`}>{STATUS_LABEL[a.status]}</span>
                    </td>
                    <td className="col-wide">{formatDate(a.applied_on)}</td>
                    <td className="col-wide">{formatWhen(a.updated_at)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
