import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client.js';
import type { TestEmailJson } from '../api/types.js';
import { ErrorNote } from '../components/Status.js';

/** Sends a short e-mail through the saved SMTP settings, to you unless you name someone else. */
export function TestEmail() {
  const [to, setTo] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api.post<TestEmailJson>(
        '/api/settings/test-email',
        to.trim() === '' ? {} : { to: to.trim() },
      ),
  });
  const id = useId();
  const r = send.data;
  return (
    <div className="test-email">
      <h3>Test the mail settings</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <label htmlFor={id}>Send to</label>
        <input
          id={id}
          type="text"
          value={to}
          placeholder="you (your e-mail address)"
          onChange={(e) => {
            setTo(e.target.value);
          }}
        />
        <button type="submit" className="button" disabled={send.isPending}>
          {send.isPending ? 'Sending…' : 'Send test e-mail'}
        </button>
      </form>
      <p className="hint">Uses the saved settings: save your changes first.</p>
      {r !== undefined &&
        (r.ok ? (
          <p className="notice notice-ok" role="status">
            Sent to {r.to}. The server answered: {r.response}
          </p>
        ) : (
          <p className="notice notice-error" role="alert">
            Could not send to {r.to}: {r.error}
          </p>
        ))}
      <ErrorNote error={send.error} />
    </div>
  );
}
