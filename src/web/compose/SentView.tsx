import type { MessageJson } from '../api/types.js';
import { formatWhen, humanize } from '../lib/format.js';

const DONE: Record<string, string> = {
  smtp: 'Sent to',
  eml: 'Saved as an e-mail file for',
  pdf: 'Printed as a PDF for',
  manual: 'Delivered by you to',
};

/** A message that can no longer change: sent, or on its way. */
export function SentView({ message: m }: { message: MessageJson }) {
  const to = m.recipient.name ?? m.recipient.email ?? 'the hiring team';
  return (
    <article className="card sent" aria-label="Message">
      <p className={m.state === 'sent' ? 'check-clean' : 'notice notice-error'} role="status">
        {m.state === 'sent'
          ? `${DONE[m.via ?? 'smtp'] ?? 'Sent to'} ${to}${m.sent_at === null ? '' : `, ${formatWhen(m.sent_at)}`}.`
          : m.held
            ? `Held: it may have gone out before Afterview stopped. Check your sent mail: it stays held until you confirm that it arrived or send it again.`
            : `This message is ${humanize(m.state)}.`}
      </p>
      {m.subject !== '' && (
        <p>
          <strong>Subject:</strong> {m.subject}
        </p>
      )}
      <pre className="note-text">{m.body}</pre>
      {m.voicemail !== null && (
        <>
          <h2>Voicemail</h2>
          <pre className="note-text">{m.voicemail}</pre>
        </>
      )}
      {m.file !== null && (
        <p>
          <span className="label">Saved as: </span>
          <code className="feed">{m.file}</code>
        </p>
      )}
      {m.message_id !== null && <p className="muted">Message-ID {m.message_id}</p>}
      {m.transport_response !== null && <p className="muted">Server: {m.transport_response}</p>}
    </article>
  );
}
