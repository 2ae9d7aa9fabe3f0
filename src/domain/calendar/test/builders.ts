import type { CalendarAction, CalendarInterview } from '../types.js';

/** Test data for the calendar: plain objects with sensible defaults (Outline-style factories). */

export const actionOf = (over: Partial<CalendarAction> = {}): CalendarAction => ({
  id: 1,
  key: 'thank_you:i1:c1',
  kind: 'thank_you',
  title: 'E-mail a thank-you note to Priya Raman',
  due: '2026-03-09T14:00:00.000Z',
  why: 'Thank the interviewer right away (seed 002).',
  status: 'pending',
  applicationId: 7,
  company: 'Northwind Traders',
  role: 'Backend Engineer',
  updatedAt: '2026-03-02T22:00:00.000Z',
  ...over,
});

export const interviewOf = (over: Partial<CalendarInterview> = {}): CalendarInterview => ({
  id: 3,
  applicationId: 7,
  round: 2,
  kind: 'video',
  state: 'scheduled',
  startAt: '2026-03-12T15:00:00.000Z',
  durationMin: 45,
  timeZone: null,
  location: 'https://meet.example/abc-defg',
  interviewers: [
    { name: 'Priya Raman', email: 'priya@northwind.example', title: 'Engineering Manager' },
    { name: 'Tom Becker', email: null, title: null },
  ],
  company: 'Northwind Traders',
  role: 'Backend Engineer',
  notes: null,
  updatedAt: '2026-03-02T22:00:00.000Z',
  ...over,
});
