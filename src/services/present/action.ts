import type { z } from 'zod';
import { formatInstant } from '../../domain/time.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { actionJson } from './present.js';

/*
 * The action presenter on its own, typed by its schema without loading zod: `afterview today`
 * presents actions and nothing else, and zod is the largest module a command can load (its
 * compilation was a fifth of the command's start).
 */

/** An instant with the user's offset, or null: for every presenter. */
export const at = (i: string | null, zone: string): string | null =>
  i === null ? null : formatInstant(i, zone);

export const presentAction = (a: ActionView, zone: string): z.output<typeof actionJson> => ({
  id: a.id,
  key: a.key,
  kind: a.kind,
  title: a.title,
  due: at(a.due, zone),
  earliest: at(a.earliest, zone),
  latest: at(a.latest, zone),
  status: a.status,
  why: a.why,
  seeds: a.seeds,
  application_id: a.applicationId,
  company: a.company,
  role: a.role,
  interview_id: a.interviewId,
  contact_id: a.contactId,
  channel: a.channel,
  origin: a.origin,
  reason: a.reason,
  snoozed: a.userDue,
  completed_at: at(a.completedAt, zone),
});
