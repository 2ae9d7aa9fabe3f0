import { ExternalLink, FileDown } from 'lucide-react';
import type { MessageJson } from '../api/types.js';
import { formatWhen, humanize } from '../lib/format.js';

const DONE: Record<string, string> = {
  smtp: 'Sent to',
  eml: 'Saved as an e-mail file for',
  pdf: 'Made into a PDF for',
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
      {m.forced !== null && (
        <p className="notice notice-info">
          Sent past the check by {m.forced.by}, {formatWhen(m.forced.at)}, because: “
          {m.forced.reason}”
        </p>
      )}
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
      {m.file !== null && (m.via === 'pdf' || m.via === 'eml') && (
        <div className="button-row">
          {m.via === 'pdf' && (
            <a
              className="button button-primary"
              href={`/api/messages/${String(m.id)}/file`}
              target="_blank"
              rel="noopener"
            >
              <ExternalLink aria-hidden size={16} />
              Open the PDF
            </a>
          )}
          <a className="button" href={`/api/messages/${String(m.id)}/file?download=true`} download>
            <FileDown aria-hidden size={16} />
            {m.via === 'pdf' ? 'Download the PDF' : 'Download the .eml again'}
          </a>
        </div>
      )}
      {m.file !== null && (
        <p className="muted">
          Also saved on this computer as <code className="feed">{m.file}</code>
        </p>
      )}
      {m.message_id !== null && <p className="muted">Message-ID {m.message_id}</p>}
      {m.transport_response !== null && <p className="muted">Server: {m.transport_response}</p>}
    </article>
  );
}
