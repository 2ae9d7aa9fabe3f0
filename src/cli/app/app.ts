import {
  addApplication,
  changeStatus,
  listApplications,
  logReply,
} from '../../services/applications/applications.js';
import { describeApplication } from '../../services/applications/overview.js';
import {
  presentAction,
  presentApplication,
  presentInterview,
} from '../../services/present/present.js';
import { actionLine, str, when } from '../format.js';
import type { Invocation, Output } from '../spec.js';
import { planText } from '../plan-text.js';

export async function add({ ctx, values, zone }: Invocation): Promise<Output> {
  const app = await addApplication(ctx, {
    company: str(values.company),
    role: str(values.role),
    url: str(values.url),
    source: str(values.source),
    location: str(values.location),
    applied: str(values.applied),
    status: str(values.status),
    notes: str(values.notes),
  });
  return {
    text: `Added application #${app.id}: ${app.role} at ${app.company} (${app.status})`,
    json: presentApplication(app, zone),
  };
}

export async function list({ ctx, values, zone }: Invocation): Promise<Output> {
  const apps = await listApplications(ctx, { status: str(values.status) });
  const text =
    apps.length === 0
      ? 'No applications yet. Add one: afterview app add --company "Acme" --role "Engineer"'
      : apps
          .map(
            (a) =>
              `#${a.id}  ${a.status.padEnd(12)} ${a.company} · ${a.role}${a.appliedOn === null ? '' : `  (applied ${a.appliedOn})`}`,
          )
          .join('\n');
  return { text, json: apps.map((a) => presentApplication(a, zone)) };
}

export async function show({ ctx, positionals, zone }: Invocation): Promise<Output> {
  const o = await describeApplication(ctx, positionals[0] ?? '');
  const now = ctx.now();
  const lines = [
    `#${o.application.id}  ${o.application.role} at ${o.application.company}  (${o.application.status})`,
    '',
    'Interviews:',
    ...(o.interviews.length === 0
      ? ['  none yet']
      : o.interviews.map(
          (i) =>
            `  interview #${i.id}  round ${i.round}  ${i.kind}  ${when(i.startAt, zone)}  ${i.state}${i.interviewers.length > 0 ? `  with ${i.interviewers.map((p) => p.name).join(', ')}` : ''}`,
        )),
    '',
    'Actions:',
    ...(o.actions.length === 0
      ? ['  none']
      : o.actions.map((a) => `  ${actionLine(a, zone, now)}`)),
    '',
    'History:',
    ...o.events.map(
      (e) =>
        `  ${when(e.at, zone)}  ${e.kind}${e.toStatus === null ? '' : ` → ${e.toStatus}`}${e.note === null ? '' : `: ${e.note}`}`,
    ),
  ];
  return {
    text: lines.join('\n'),
    json: {
      ...presentApplication(o.application, zone),
      interviews: o.interviews.map((i) => presentInterview(i, zone)),
      actions: o.actions.map((a) => presentAction(a, zone)),
      events: o.events.map((e) => ({
        id: e.id,
        kind: e.kind,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        note: e.note,
        at: when(e.at, zone),
      })),
    },
  };
}

export async function status({ ctx, positionals, values, zone }: Invocation): Promise<Output> {
  const r = await changeStatus(ctx, positionals[0] ?? '', positionals[1] ?? '', str(values.note));
  const plan = await planText(ctx, r.plan, zone);
  return {
    text: `Application #${r.application.id} is now ${r.application.status}.${plan.text}`,
    json: { ...presentApplication(r.application, zone), plan: plan.json },
  };
}

export async function reply({ ctx, positionals, values, zone }: Invocation): Promise<Output> {
  const r = await logReply(ctx, positionals[0] ?? '', str(values.note));
  const plan = await planText(ctx, r.plan, zone);
  return {
    text: `Noted the reply on application #${r.application.id}.${plan.text}`,
    json: { ...presentApplication(r.application, zone), plan: plan.json },
  };
}
