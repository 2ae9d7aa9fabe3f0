import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { Copy, FileDown } from 'lucide-react';
import { Link, useParams } from 'react-router';
import { api } from '../api/client.js';
import { refreshAll, useMessage, useWrite } from '../api/queries.js';
import type { CheckJson, FindingJson, MessageJson, SendResultJson } from '../api/types.js';
import { ChannelPicker, CHANNELS } from '../compose/ChannelPicker.js';
import { downloadFile, type Via } from '../compose/delivery.js';
import { errorsIn, patchOf, sameText, textOf, type DraftText } from '../compose/draft.js';
import { Findings } from '../compose/Findings.js';
import { HighlightedText } from '../compose/HighlightedText.js';
import { SentView } from '../compose/SentView.js';
import { ErrorNote, Loading, Notice, useTitle } from '../components/Status.js';
import { formatWhen, humanize } from '../lib/format.js';
import { useDebounced } from '../lib/useDebounced.js';

const EDITABLE = new Set(['draft', 'approved', 'scheduled', 'failed']);

/** What the main button does on each channel: only e-mail leaves the machine; the rest you deliver. */
const SEND: Record<MessageJson['channel'], { label: string; via: Via }> = {
  email: { label: 'Send', via: 'smtp' },
  letter: { label: 'Make the PDF letter', via: 'pdf' },
  drop_off: { label: 'Make the PDF card', via: 'pdf' },
  phone: { label: 'I made the call', via: 'manual' },
  linkedin: { label: 'I sent it on LinkedIn', via: 'manual' },
};

export default function ComposePage() {
  const id = Number(useParams().id);
  const message = useMessage(id);
  useTitle('Compose');
  if (message.isPending) return <Loading what="Loading the draft" />;
  if (message.isError) return <ErrorNote error={message.error} />;
  const m = message.data;
  return (
    <>
      <p className="eyebrow">
        {m.application_id === null ? (
          humanize(m.kind)
        ) : (
          <Link to={`/applications/${String(m.application_id)}`}>
            {m.company} · {m.role}
          </Link>
        )}
      </p>
      <h1>
        {humanize(m.kind)[0]?.toUpperCase()}
        {humanize(m.kind).slice(1)} by {humanize(m.channel)}
      </h1>
      {EDITABLE.has(m.state) ? (
        <Composer key={`${String(m.id)}-${m.channel}-${m.updated_at ?? ''}`} message={m} />
      ) : (
        <SentView message={m} />
      )}
    </>
  );
}

/**
 * The draft editor. Every pause in typing re-checks the unsaved text on the server, and the
 * findings are marked in it; Send stays disabled while the current text has an error finding
 * (or has not been checked yet), so what goes out is what was checked.
 */
function Composer({ message }: { message: MessageJson }) {
  const qc = useQueryClient();
  const phone = message.channel === 'phone';
  const [saved, setSaved] = useState<{ text: DraftText; findings: FindingJson[] }>({
    text: textOf(message),
    findings: message.findings,
  });
  const [text, setText] = useState<DraftText>(saved.text);
  const dirty = !sameText(text, saved.text);
  const settled = useDebounced(text, 350);
  const path = `/api/messages/${String(message.id)}`;
  const check = useQuery({
    queryKey: ['check', message.id, settled.subject, settled.body, settled.voicemail],
    queryFn: () =>
      api.post<CheckJson>(`${path}/check`, {
        subject: settled.subject,
        body: settled.body,
        ...(phone ? { voicemail: settled.voicemail } : {}),
      }),
    enabled: !sameText(settled, saved.text),
    staleTime: Infinity,
  });
  // Findings only count for the text they were computed on: offsets into older text would mark
  // the wrong words, and an old "no errors" must not unlock Send.
  const current: FindingJson[] | null = !dirty
    ? saved.findings
    : sameText(settled, text) && check.data !== undefined && !check.isFetching
      ? check.data.findings
      : null;

  const save = useMutation({
    mutationFn: () => api.patch<MessageJson>(path, patchOf(saved.text, text, phone)),
    onSuccess: async (m) => {
      const t = textOf(m);
      setSaved({ text: t, findings: m.findings });
      setText(t);
      await refreshAll(qc);
    },
  });
  const send = useWrite(async (via: Via) => {
    let findings = current;
    if (dirty) {
      const m = await save.mutateAsync();
      findings = m.findings;
    }
    if (errorsIn(findings) > 0) throw new Error('The saved note still has an error: fix it first.');
    const r = await api.post<SendResultJson>(`${path}/send`, { via });
    // The .eml goes to the user's own mail program: hand the file to the browser at once.
    if (via === 'eml' && r.outcome === 'sent') downloadFile(`${path}/file?download=true`);
    return r;
  });
  const redraft = useWrite((channel: MessageJson['channel']) =>
    api.post<MessageJson>(`/api/actions/${String(message.action_id)}/draft`, { channel }),
  );
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text.body);
      setCopied(true);
    } catch {
      bodyRef.current?.select();
      setCopied(false);
    }
  };

  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const voicemailRef = useRef<HTMLTextAreaElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const show = (f: FindingJson) => {
    const el =
      f.field === 'subject'
        ? subjectRef.current
        : f.field === 'voicemail'
          ? voicemailRef.current
          : bodyRef.current;
    if (el === null) return;
    el.focus();
    el.setSelectionRange(f.start, f.end);
  };
  const forField = (field: string) =>
    current === null ? null : current.filter((f) => f.field === field);
  const errors = errorsIn(current);
  const ids = {
    to: useId(),
    address: useId(),
    subject: useId(),
    body: useId(),
    voicemail: useId(),
    findings: useId(),
  };
  const blocked =
    current === null
      ? 'Checking the note…'
      : errors > 0
        ? `Fix ${String(errors)} error${errors === 1 ? '' : 's'} to send.`
        : null;

  return (
    <div className="compose">
      <form
        className="form card"
        aria-label="Draft"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate(SEND[message.channel].via);
        }}
      >
        {message.action_id !== null && (
          <ChannelPicker
            value={message.channel}
            disabled={redraft.isPending || send.isPending}
            onChange={(channel) => {
              const name = CHANNELS.find((c) => c.id === channel)?.label ?? channel;
              if (
                dirty &&
                !window.confirm(
                  `Switching to ${name} drafts the note again from its template: your edits are replaced.`,
                )
              )
                return;
              redraft.mutate(channel);
            }}
          />
        )}
        {message.last_error !== null && (
          <div className="notice notice-error">Last attempt failed: {message.last_error}</div>
        )}
        <div className="field">
          <label htmlFor={ids.to}>To</label>
          <p className="hint" id={`${ids.to}-hint`}>
            {message.channel === 'email' ? 'Name <e-mail address>' : 'Their name'}
          </p>
          <input
            id={ids.to}
            type="text"
            aria-describedby={`${ids.to}-hint`}
            value={text.to}
            onChange={(e) => {
              setText({ ...text, to: e.target.value });
            }}
          />
        </div>
        {(message.channel === 'letter' || message.channel === 'drop_off') && (
          <div className="field">
            <label htmlFor={ids.address}>Postal address</label>
            <p className="hint" id={`${ids.address}-hint`}>
              One line per line: company, street, city and postal code.
            </p>
            <textarea
              id={ids.address}
              rows={3}
              aria-describedby={`${ids.address}-hint`}
              value={text.address}
              onChange={(e) => {
                setText({ ...text, address: e.target.value });
              }}
            />
          </div>
        )}
        {message.channel !== 'phone' && message.channel !== 'linkedin' && (
          <div className="field">
            <label htmlFor={ids.subject}>Subject</label>
            <input
              id={ids.subject}
              ref={subjectRef}
              type="text"
              value={text.subject}
              onChange={(e) => {
                setText({ ...text, subject: e.target.value });
              }}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.body}>{phone ? 'Call script' : 'Note'}</label>
          <HighlightedText
            id={ids.body}
            ref={bodyRef}
            value={text.body}
            findings={forField('body')}
            describedBy={ids.findings}
            onChange={(body) => {
              setText({ ...text, body });
            }}
          />
        </div>
        {phone && (
          <div className="field">
            <label htmlFor={ids.voicemail}>Voicemail (at most 75 words, about 30 seconds)</label>
            <HighlightedText
              id={ids.voicemail}
              ref={voicemailRef}
              rows={5}
              value={text.voicemail}
              findings={forField('voicemail')}
              describedBy={ids.findings}
              onChange={(voicemail) => {
                setText({ ...text, voicemail });
              }}
            />
          </div>
        )}
        <section id={ids.findings} aria-label="Note check">
          <Findings findings={current} onShow={show} />
        </section>
        <ErrorNote error={check.error ?? save.error ?? send.error ?? redraft.error} />
        {copied === true && <Notice>Copied: paste it into your LinkedIn message.</Notice>}
        {copied === false && (
          <p className="notice notice-info" role="status">
            The text is selected: copy it with your keyboard.
          </p>
        )}
        {send.data?.outcome === 'failed' && (
          <div className="notice notice-error" role="alert">
            Not sent: {send.data.last_error ?? 'the mail server refused it'}.
          </div>
        )}
        {save.isSuccess && !dirty && !send.isSuccess && <Notice>Draft saved.</Notice>}
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={blocked !== null || send.isPending}
            aria-describedby={blocked === null ? undefined : `${ids.findings}-why`}
          >
            {send.isPending ? 'Working…' : SEND[message.channel].label}
          </button>
          {message.channel === 'email' && (
            <button
              type="button"
              className="button"
              disabled={blocked !== null || send.isPending}
              onClick={() => {
                send.mutate('eml');
              }}
            >
              <FileDown aria-hidden size={16} />
              Download .eml
            </button>
          )}
          {message.channel === 'linkedin' && (
            <button
              type="button"
              className="button"
              onClick={() => {
                void copy();
              }}
            >
              <Copy aria-hidden size={16} />
              Copy text
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={!dirty || save.isPending}
            onClick={() => {
              save.mutate();
            }}
          >
            Save draft
          </button>
          {blocked !== null && (
            <span className="muted" id={`${ids.findings}-why`}>
              {blocked}
            </span>
          )}
        </div>
        <p className="muted">
          {message.state === 'draft' ? 'Draft' : humanize(message.state)}
          {message.updated_at !== null && `, last changed ${formatWhen(message.updated_at)}`}
          {message.template !== null && ` · template ${message.template}`}
        </p>
      </form>
    </div>
  );
}
