import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import { formatDate, formatWhen, humanize, STATUS_LABEL } from '../lib/format.js';
import { useDebounced } from '../lib/useDebounced.js';
import type { Status } from '../api/types.js';
import {
  RELATIONSHIP_LABEL,
  useContact,
  useContacts,
  useEditContact,
  useMergeContacts,
  type ContactDetailJson,
} from './api.js';
import { ContactForm } from './ContactForm.js';
import './network.css';

const VIA = {
  interviewer: 'interviewed you',
  message: 'a message to them',
  action: 'a planned action',
  offer: 'made the offer',
  company: 'works there',
} as const;

/** Only http(s) links become clickable: a `javascript:` URL stays text. */
const safeUrl = (u: string | null): string | null =>
  u !== null && /^https?:\/\//i.test(u) ? u : null;

/** One contact: who they are, where they are linked, and editing or merging them. */
export default function ContactPage() {
  const id = Number(useParams().id);
  const contact = useContact(id);
  const [editing, setEditing] = useState(false);
  const edit = useEditContact(id);
  useTitle(contact.data?.name ?? 'Contact');
  if (contact.isPending) return <Loading />;
  if (contact.isError) return <ErrorNote error={contact.error} />;
  const c = contact.data;
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/contacts">Contacts</Link>
          </p>
          <h1>{c.name}</h1>
          <p className="muted">
            {[c.title, c.company].filter((x) => x !== null).join(' at ')}
            {c.title === null && c.company === null ? RELATIONSHIP_LABEL[c.relationship] : ''}
          </p>
        </div>
        {!editing && (
          <button
            type="button"
            className="button"
            onClick={() => {
              edit.reset();
              setEditing(true);
            }}
          >
            Edit
          </button>
        )}
      </div>
      {edit.isSuccess && !editing && <Notice>Saved.</Notice>}
      {editing ? (
        <ContactForm
          initial={c}
          submitLabel={edit.isPending ? 'Saving…' : 'Save changes'}
          pending={edit.isPending}
          error={edit.error}
          onSubmit={(body) => {
            edit.mutate(body, {
              onSuccess: () => {
                setEditing(false);
              },
            });
          }}
          onCancel={() => {
            setEditing(false);
          }}
        />
      ) : (
        <Details c={c} />
      )}
      <div className="two-col">
        <Linked c={c} />
        <Merge c={c} />
      </div>
    </>
  );
}

function Details({ c }: { c: ContactDetailJson }) {
  const url = safeUrl(c.linkedin_url);
  const row = (label: string, value: ReactNode) => (
    <>
      <dt>{label}</dt>
      <dd>{value ?? '–'}</dd>
    </>
  );
  return (
    <dl className="figures card contact-details">
      {row('E-mail', c.email === null ? null : <a href={`mailto:${c.email}`}>{c.email}</a>)}
      {row('Phone', c.phone)}
      {row('Title', c.title)}
      {row('Company', c.company)}
      {row(
        'LinkedIn',
        url === null ? (
          c.linkedin_url
        ) : (
          <a href={url} rel="noreferrer noopener" target="_blank">
            {url.replace(/^https?:\/\/(www\.)?/iu, '')}
          </a>
        ),
      )}
      {row('Relationship', RELATIONSHIP_LABEL[c.relationship])}
      {row('Connected on', c.connected_on === null ? null : formatDate(c.connected_on))}
      {row('Last contacted', c.last_contacted_at === null ? null : formatWhen(c.last_contacted_at))}
      {row('Notes', c.notes === null ? null : <span className="pre">{c.notes}</span>)}
    </dl>
  );
}

function Linked({ c }: { c: ContactDetailJson }) {
  return (
    <section aria-labelledby="linked-title">
      <h2 id="linked-title">Applications</h2>
      {c.applications.length === 0 ? (
        <p className="muted">Not linked to any application yet.</p>
      ) : (
        <ul className="contacts">
          {c.applications.map((a) => (
            <li key={`${String(a.id)}-${a.via}`}>
              <Link to={`/applications/${String(a.id)}`}>
                {a.company} · {a.role}
              </Link>{' '}
              <span className={`badge badge-${a.status}`}>{STATUS_LABEL[a.status as Status]}</span>
              <br />
              <span className="muted">{VIA[a.via]}</span>
            </li>
          ))}
        </ul>
      )}
      <h2 id="messages-title">Messages</h2>
      {c.messages.length === 0 ? (
        <p className="muted">No messages to or from them yet.</p>
      ) : (
        <ul className="contacts" aria-labelledby="messages-title">
          {c.messages.map((m) => (
            <li key={m.id}>
              <Link to={`/messages/${String(m.id)}`}>
                {m.subject === '' ? humanize(m.kind) : m.subject}
              </Link>
              <br />
              <span className="muted">
                {humanize(m.kind)} · {humanize(m.channel)} · {humanize(m.state)} ·{' '}
                {formatWhen(m.sent_at ?? m.created_at)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Merging a duplicate into this contact: every link of the other moves here. */
function Merge({ c }: { c: ContactDetailJson }) {
  const [q, setQ] = useState('');
  const [drop, setDrop] = useState('');
  const search = useDebounced(q, 200);
  const found = useContacts(search, 20);
  const merge = useMergeContacts(c.id);
  const searchId = useId();
  const pickId = useId();
  const others = (found.data?.contacts ?? []).filter((o) => o.id !== c.id);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (drop === '') return;
    merge.mutate(Number(drop), {
      onSuccess: () => {
        setDrop('');
        setQ('');
      },
    });
  };
  return (
    <section aria-labelledby="merge-title">
      <h2 id="merge-title">Merge a duplicate</h2>
      <p className="muted">
        The same person twice? Pick the other entry: its applications, messages and details join{' '}
        {c.name}, and the other entry goes away.
      </p>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={searchId}>Find the other entry</label>
          <input
            id={searchId}
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setDrop('');
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={pickId}>Merge into {c.name}</label>
          <select
            id={pickId}
            value={drop}
            onChange={(e) => {
              setDrop(e.target.value);
            }}
          >
            <option value="">Choose a contact…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
                {o.company === null ? '' : ` (${o.company})`}
                {o.email === null ? '' : ` · ${o.email}`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button" disabled={drop === '' || merge.isPending}>
          Merge
        </button>
      </form>
      {merge.isSuccess && <Notice>Merged: everything now sits with {c.name}.</Notice>}
      <ErrorNote error={merge.error} />
    </section>
  );
}
