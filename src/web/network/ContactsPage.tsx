import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorNote, Loading, useTitle } from '../components/Status.js';
import { formatDate } from '../lib/format.js';
import { useDebounced } from '../lib/useDebounced.js';
import { RELATIONSHIP_LABEL, useAddContact, useContacts } from './api.js';
import { ContactForm } from './ContactForm.js';
import { ImportSection } from './ImportSection.js';
import './network.css';

/** Contacts (PRODUCT.md §8): search, the LinkedIn import and adding someone by hand. */
export default function ContactsPage() {
  useTitle('Contacts');
  const [q, setQ] = useState('');
  const search = useDebounced(q, 200);
  const contacts = useContacts(search);
  const searchId = useId();
  return (
    <>
      <div className="page-head">
        <div>
          <p className="eyebrow">Network</p>
          <h1>Contacts</h1>
          <p className="muted">
            The people you know: interviewers you logged, your LinkedIn connections and anyone you
            add. Each application&apos;s page shows who you know at its company.
          </p>
        </div>
        <Link to="/contacts/new" className="button button-primary">
          Add a contact
        </Link>
      </div>
      <div className="filters inline-form" role="search">
        <label htmlFor={searchId}>Search</label>
        <input
          id={searchId}
          type="search"
          value={q}
          placeholder="Name, company, title or e-mail"
          onChange={(e) => {
            setQ(e.target.value);
          }}
        />
      </div>
      {contacts.isPending ? (
        <Loading what="Loading contacts" />
      ) : contacts.isError ? (
        <ErrorNote error={contacts.error} />
      ) : contacts.data.total === 0 ? (
        <p className="empty">
          {search === ''
            ? 'No contacts yet. Import your LinkedIn connections below, or add someone.'
            : `No one matches “${search}”.`}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table contact-table">
            <caption className="visually-hidden">Contacts</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Company</th>
                <th scope="col" className="col-wide">
                  Relationship
                </th>
                <th scope="col" className="col-wide">
                  Last contacted
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.data.contacts.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/contacts/${String(c.id)}`}>{c.name}</Link>
                    {c.title !== null && <span className="muted"> · {c.title}</span>}
                  </td>
                  <td>{c.company ?? '–'}</td>
                  <td className="col-wide">{RELATIONSHIP_LABEL[c.relationship]}</td>
                  <td className="col-wide">
                    {c.last_contacted_at === null ? '–' : formatDate(c.last_contacted_at)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            {contacts.data.contacts.length < contacts.data.total
              ? `The first ${String(contacts.data.contacts.length)} of ${String(contacts.data.total)}: search to narrow them down.`
              : `${String(contacts.data.total)} in all.`}
          </p>
        </div>
      )}
      <ImportSection />
    </>
  );
}

/** Adding someone by hand; their page opens once saved. */
export function NewContactPage() {
  useTitle('Add a contact');
  const add = useAddContact();
  const navigate = useNavigate();
  return (
    <>
      <p className="eyebrow">
        <Link to="/contacts">Contacts</Link>
      </p>
      <h1>Add a contact</h1>
      <ContactForm
        initial={null}
        submitLabel={add.isPending ? 'Adding…' : 'Add contact'}
        pending={add.isPending}
        error={add.error}
        onSubmit={(body) => {
          add.mutate(body, { onSuccess: (c) => void navigate(`/contacts/${String(c.id)}`) });
        }}
      />
    </>
  );
}
