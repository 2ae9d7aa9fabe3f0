import type { MessageJson } from '../api/types.js';
import { formatWhen, humanize } from '../lib/format.js';

/** A message that can no longer change: sent, or on its way. */
export function SentView({ message: m }: { message: MessageJson }) {
  const to = m.recipient.name ?? m.recipient.email ?? 'the hiring team';
  return (
    <article className="card sent" aria-label="Message">
      <p className={m.state === 'sent' ? 'check-clean' : 'notice notice-error'} role="status">
        {m.state === 'sent'
          ? `Sent to ${to}${m.sent_at === null ? '' : ` ${formatWhen(m.sent_at)}`}${m.via === null ? '' : ` (${m.via})`}.`
          : m.held
            ? `Held: it may have gone out before Afterview stopped. Check your sent mail, then confirm it or resend it from the command line (afterview outbox).`
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
      {m.message_id !== null && <p className="muted">Message-ID {m.message_id}</p>}
      {m.transport_response !== null && <p className="muted">Server: {m.transport_response}</p>}
    </article>
  );
}
