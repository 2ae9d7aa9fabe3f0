import { DateTime } from 'luxon';
import { conflict } from '../../domain/errors.js';
import { toInstant } from '../../domain/time.js';
import { addApplication, changeStatus, logReply } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { markDone } from '../actions/actions.js';
import { saveDebrief } from '../debriefs/debriefs.js';
import { recordFromText, type InterviewText } from '../interviews/from-text.js';
import { recordInterview } from '../interviews/interviews.js';
import { userZone } from '../settings/settings.js';

/**
 * A realistic search to explore: seven companies, an application in every status, past and
 * upcoming interviews with named interviewers. Each step runs at its own moment in the past, so
 * history and plans look as they would have.
 */
export async function loadDemo(ctx: Ctx): Promise<{ applications: number; interviews: number }> {
  if ((await ctx.store.applications.list({ limit: 1 })).length > 0) {
    throw conflict(
      'this database already has applications; run demo on an empty AFTERVIEW_HOME',
      'demo',
    );
  }
  const zone = await userZone(ctx);
  const base = DateTime.fromISO(ctx.now(), { zone });
  /** The context as it was `days` ago (at the same local time). */
  const ago = (days: number, hours = 0): Ctx => {
    const at = toInstant(base.minus({ days, hours }));
    return { ...ctx, now: () => at };
  };
  /** A local date-time string `days` from now at HH:MM, as the CLI user would type it. */
  const day = (days: number, clock: string): string =>
    `${base.plus({ days }).toISODate() ?? ''}T${clock}`;
  let interviews = 0;
  const app = async (
    c: Ctx,
    company: string,
    role: string,
    extra: { url?: string; source?: string; location?: string } = {},
  ) => (await addApplication(c, { company, role, ...extra })).id;
  /** Logged three hours after it started, as a seeker would on the way home. */
  const log = async (id: number, f: InterviewText & { at: string }) => {
    interviews++;
    const loggedAt = toInstant(DateTime.fromISO(f.at, { zone }).plus({ hours: 3 }));
    return recordInterview({ ...ctx, now: () => loggedAt }, recordFromText(zone, id, f, 'log'));
  };
  const schedule = async (id: number, f: InterviewText) => {
    interviews++;
    return recordInterview(ctx, recordFromText(zone, id, f, 'schedule'));
  };

  await addApplication(ago(2), {
    company: 'Fjord Analytics',
    role: 'Data Engineer',
    status: 'saved',
    url: 'https://fjord.example/jobs/42',
  });
  await app(ago(3), 'Brightline Health', 'Platform Engineer', {
    source: 'LinkedIn',
    location: 'Remote',
  });

  const northwind = await app(ago(20), 'Northwind Traders Inc.', 'Senior Backend Engineer', {
    source: 'referral',
    location: 'Toronto',
  });
  const northwindRound1 = await log(northwind, {
    at: day(-6, '14:00'),
    duration: '45m',
    kind: 'video',
    interviewers: [
      'Priya Raman <priya.raman@northwind.example>',
      'Tom Becker <tom.becker@northwind.example>',
    ],
    topics: ['migrating the billing service to event sourcing', 'on-call practices'],
    nextSteps: 'Technical round with the platform team',
    decisionBy: day(4, '12:00').slice(0, 10),
    owe: ['references'],
  });
  // The evening after round 1: two weak answers and a gap, so the brief for round 2 and the
  // question bank have something to show.
  await saveDebrief(
    { ...ctx, now: () => toInstant(base.minus({ days: 6 }).set({ hour: 20 })) },
    northwindRound1.interview.id,
    {
      checks: {
        on_time: 'yes',
        researched: 'partly: did not read their engineering blog',
        dressed: 'yes',
        conversation: 'yes',
        connected: 'partly',
        introduction: 'yes',
        awkward: 'no',
      },
      overall: '3',
      wentWell: ['the event-sourcing discussion'],
      improve: ['shorter answers on past projects'],
      gaps: ['Kafka consumer groups'],
      questions: [
        'Tell me about a production incident you led. | rambled about the timeline | 2 | STAR: the outage, my role as incident lead, the rollback in 20 minutes, the post-mortem change',
        'Why Northwind? | generic answer about growth | 1 | Their move to event sourcing for billing matches what I built at my last job',
      ],
    },
  );
  await schedule(northwind, {
    at: day(3, '10:30'),
    duration: '1h30m',
    kind: 'technical',
    interviewers: [
      'Priya Raman <priya.raman@northwind.example>',
      'Diego Alvarez <diego.alvarez@northwind.example>',
    ],
    location: 'https://meet.example/northwind-tech',
  });

  const lumen = await app(ago(15), 'Lumen & Co', 'Staff Software Engineer', {
    source: 'company site',
    location: 'Montréal',
  });
  await log(lumen, {
    at: day(-1, '11:00'),
    duration: '1h',
    kind: 'onsite',
    late: true,
    interviewers: ['Chloé Tremblay <chloe.tremblay@lumen.example>'],
    topics: ['scaling the search indexer'],
    followUpOn: day(6, '09:00').slice(0, 10),
    owe: ['architecture writing sample'],
    gaps: ['Kubernetes operators'],
  });

  const orbit = await app(ago(30), 'Orbit Systems GmbH', 'Engineering Manager', {
    location: 'Berlin (hybrid)',
  });
  await log(orbit, {
    at: day(-21, '15:00'),
    kind: 'phone',
    interviewers: ['Anna Müller <anna.mueller@orbit.example>'],
    topics: ['team growth'],
  });
  await log(orbit, {
    at: day(-12, '09:30'),
    kind: 'panel',
    interviewers: ['Anna Müller <anna.mueller@orbit.example>', 'Jonas Weber'],
    topics: ['hiring plan'],
  });
  await changeStatus(ago(2), orbit, 'offer', 'Verbal offer from Anna');

  const kestrel = await app(ago(40), 'Kestrel Labs', 'Backend Engineer');
  await log(kestrel, {
    at: day(-30, '13:00'),
    kind: 'video',
    interviewers: ['Minh Nguyễn <minh.nguyen@kestrel.example>'],
    topics: ['API design'],
  });
  await changeStatus(ago(18), kestrel, 'rejected', 'They hired an internal candidate');

  const harbor = await app(ago(50), 'Harbor Freight Tech', 'Site Reliability Engineer');
  await log(harbor, {
    at: day(-45, '10:00'),
    kind: 'phone',
    interviewers: ['Sam Okafor <sam.okafor@harbor.example>'],
  });
  await changeStatus(ago(5), harbor, 'ghosted', 'No answer after three follow-ups');

  const cedar = await app(ago(35), 'Cedar Point Software', 'Developer Advocate');
  await changeStatus(ago(25), cedar, 'withdrawn', 'Role turned out to be 80% travel');

  const atlas = await app(ago(90), 'Atlas Robotics', 'Software Engineer II');
  await log(atlas, {
    at: day(-80, '16:00'),
    kind: 'final',
    interviewers: ['Grace Liu <grace.liu@atlas.example>'],
  });
  await changeStatus(ago(75), atlas, 'offer');
  await changeStatus(ago(70), atlas, 'declined', 'Salary below my walk-away point');

  const meridian = await app(ago(10), 'Meridian Bank plc', 'Payments Engineer', {
    source: 'recruiter',
  });
  await log(meridian, {
    at: day(-8, '15:30'),
    kind: 'video',
    interviewers: ['Olivia Hart <olivia.hart@meridian.example>'],
    topics: ['PCI compliance'],
  });
  await logReply(ago(4), meridian, 'Recruiter: second round being scheduled');

  const acceptedCo = await app(ago(120), 'Pinecone Studio', 'Frontend Engineer');
  await log(acceptedCo, { at: day(-110, '10:00'), kind: 'onsite', interviewers: ['Rita Gomez'] });
  await changeStatus(ago(100), acceptedCo, 'offer');
  await changeStatus(ago(98), acceptedCo, 'accepted', 'Contract role, ends next month');

  await catchUp(ctx, toInstant(base.minus({ days: 2 })));
  return { applications: 11, interviews };
}

/**
 * A seeker who has used Afterview for weeks has done most of what fell due: mark everything due
 * before `until` done at its due time, so the demo's Today shows this week's work plus a couple
 * of overdue items, not a month of backlog. Doing a follow-up plans the next one, which may
 * itself be past: a few rounds settle it.
 */
async function catchUp(ctx: Ctx, until: string): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const past = await ctx.store.actions.list({ dueBy: until });
    if (past.length === 0) return;
    for (const a of past) {
      // Doing one can cancel another (a follow-up done after a reply): take only what is open.
      if ((await ctx.store.actions.get(a.id))?.status !== 'pending') continue;
      await markDone({ ...ctx, now: () => a.due }, a.id);
    }
  }
}
