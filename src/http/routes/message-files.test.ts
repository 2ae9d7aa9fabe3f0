import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addApp, logInterview, testApi, type Api } from '../test/api.js';

let api: Api;
let actionId: number;

beforeEach(async () => {
  api = await testApi();
  const logged = await logInterview(api, await addApp(api));
  actionId = logged.plan.created.find((a) => a.kind === 'thank_you')!.id;
});
afterEach(() => api.cleanup());

const draft = async (channel: string) => {
  const d = await api.post(`/api/actions/${actionId}/draft`, { channel });
  expect(d.status).toBeLessThan(300);
  return d.body as { id: number; channel: string };
};

describe('GET /api/messages/:id/file', () => {
  it('serves the .eml a message was saved as, inline or as a download', async () => {
    const m = await draft('email');
    const sent = await api.post(`/api/messages/${m.id}/send`, { via: 'eml' });
    expect(sent.status).toBe(200);
    expect(sent.body.outcome).toBe('sent');
    const r = await api.get(`/api/messages/${m.id}/file`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('message/rfc822');
    expect(r.headers.get('content-disposition')).toMatch(
      /^inline; filename="message-\d+-.*\.eml"$/,
    );
    expect(r.text).toMatch(/^Subject: /m);
    expect(r.text).toContain('Priya');
    const d = await api.get(`/api/messages/${m.id}/file?download=true`);
    expect(d.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('serves the PDF of a letter after switching the draft to the letter channel', async () => {
    const email = await draft('email');
    const letter = await draft('letter');
    expect(letter.id).toBe(email.id);
    expect(letter.channel).toBe('letter');
    const edited = await api.patch(`/api/messages/${letter.id}`, {
      address: '1 Harbour St; Toronto ON M5J 1A1',
    });
    expect(edited.status).toBe(200);
    const sent = await api.post(`/api/messages/${letter.id}/send`, { via: 'pdf' });
    expect(sent.status).toBe(200);
    const r = await api.call('GET', `/api/messages/${letter.id}/file`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.text.startsWith('%PDF-')).toBe(true);
  });

  it('is 404 for a draft that has no file yet and for an unknown message', async () => {
    const m = await draft('email');
    const none = await api.get(`/api/messages/${m.id}/file`);
    expect(none.status).toBe(404);
    expect(none.body.error?.field).toBe('id');
    expect((await api.get('/api/messages/999/file')).status).toBe(404);
  });

  it('refuses an unknown download value, naming the field', async () => {
    const m = await draft('email');
    const r = await api.get(`/api/messages/${m.id}/file?download=maybe`);
    expect(r.status).toBe(400);
    expect(r.body.error?.field).toBe('download');
  });
});
