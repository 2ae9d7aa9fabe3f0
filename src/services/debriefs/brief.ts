import { withDebriefItems } from '../../domain/debrief/normalize.js';
import type { BankQuestion, Debrief } from '../../domain/debrief/types.js';
import { conflict, notFound } from '../../domain/errors.js';
import { inZone, toInstant } from '../../domain/time.js';
import type { Application, Contact, Instant, Interview } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { ActionView } from '../../store/repos/actions.js';
import { itemActionKeys } from '../../domain/playbook/rules/owed.js';
import type { Skill } from '../../domain/skills.js';
import type { Ctx } from '../context.js';
import { openSkills } from '../skills/skills.js';

/**
 * The pre-interview brief (PRODUCT.md §5, §7): everything worth reading the evening before a
 * scheduled interview, gathered from earlier rounds at the same company and the question bank.
 */

export interface BriefPerson {
  contact: Contact;
  /** Earlier interviews at this company this person took part in. */
  met: { interviewId: number; startAt: Instant; round: number; kind: string }[];
}

export interface EarlierRound {
  interview: Interview;
  role: string;
  debrief: Debrief | null;
}

/** A document owed or a skill gap from an earlier round, with the action that tracks it. */
export interface OpenItem {
  text: string;
  interviewId: number;
  round: number;
  actionId: number | null;
  due: Instant | null;
}

export interface Brief {
  interview: Interview;
  application: Application;
  interviewers: BriefPerson[];
  earlierRounds: EarlierRound[];
  /** Questions asked at this company before, with the better answers. */
  askedHere: BankQuestion[];
  /** Review cards due by the time the interview starts, anywhere in the bank. */
  dueCards: BankQuestion[];
  skillGaps: OpenItem[];
  documentsOwed: OpenItem[];
  /** The `prep_next_round` action that points here. */
  prepAction: ActionView | null;
  /** Skills to build kept from applications that ended, whatever the employer (seeds 000, 004). */
  skillsToBuild: Skill[];
  reminder: { text: string; seeds: string[] };
}

export const BRIEF_REMINDER = {
  text: 'Before you leave, ask about the next steps and when you should follow up.',
  seeds: ['001', '004'],
};

const endOf = (iv: Interview): Instant =>
  toInstant(inZone(iv.startAt, 'utc').plus({ minutes: iv.durationMin }));

/**
 * Open items by the keys the playbook gives them (`itemActionKeys`, rules/owed.ts): an item is
 * open while its action is pending, or when no action tracks it.
 */
function openItems(
  rounds: readonly EarlierRound[],
  field: 'documentsOwed' | 'skillGaps',
  kind: 'send_documents' | 'skill_gap',
  actions: readonly ActionView[],
): OpenItem[] {
  const byKey = new Map(actions.map((a) => [a.key, a]));
  return rounds.flatMap(({ interview, debrief }) => {
    const items = withDebriefItems(interview, debrief ?? undefined)[field];
    const keys = itemActionKeys(kind, interview.id, items);
    return items.flatMap((text, i) => {
      const a = byKey.get(keys[i] ?? '');
      if (a !== undefined && a.status !== 'pending') return [];
      return [
        {
          text,
          interviewId: interview.id,
          round: interview.round,
          actionId: a?.id ?? null,
          due: a?.due ?? null,
        },
      ];
    });
  });
}

/** Builds the brief for an upcoming interview; refuses one that has ended or was cancelled. */
export async function buildBrief(ctx: Ctx, interviewRef: string | number): Promise<Brief> {
  const id = positiveId(interviewRef, 'interview', 'interview');
  const store = ctx.store;
  const interview = await store.interviews.get(id);
  if (interview === undefined) throw notFound('interview', id, 'interview');
  if (interview.state === 'cancelled') {
    throw conflict(`interview ${id} was cancelled; there is nothing to prepare`, 'interview');
  }
  if (interview.state === 'held' || endOf(interview) <= ctx.now()) {
    throw conflict(
      `interview ${id} has already happened; the brief is for an upcoming one: debrief this one instead`,
      'interview',
      { do: 'debrief', interview_id: id },
    );
  }
  const application = await store.applications.get(interview.applicationId);
  if (application === undefined)
    throw notFound('application', interview.applicationId, 'application_id');

  // Earlier rounds at the same employer, whichever application they belonged to.
  const apps = (await store.applications.list()).filter(
    (a) => a.companyId === application.companyId,
  );
  const roleOf = new Map(apps.map((a) => [a.id, a.role]));
  const earlier = (await store.interviews.listFor(apps.map((a) => a.id))).filter(
    (iv) => iv.id !== id && iv.state !== 'cancelled' && iv.startAt < interview.startAt,
  );
  const debriefs = await store.debriefs.listByInterviews(earlier.map((iv) => iv.id));
  const earlierRounds = earlier.map((iv) => ({
    interview: iv,
    role: roleOf.get(iv.applicationId) ?? '',
    debrief: debriefs.find((d) => d.interviewId === iv.id) ?? null,
  }));

  const interviewers: BriefPerson[] = [];
  for (const p of interview.interviewers) {
    const contact = await store.contacts.get(p.contactId);
    if (contact === undefined) continue;
    const met = earlier
      .filter((iv) => iv.interviewers.some((x) => x.contactId === p.contactId))
      .map((iv) => ({ interviewId: iv.id, startAt: iv.startAt, round: iv.round, kind: iv.kind }));
    interviewers.push({ contact, met });
  }

  const actions: ActionView[] = [];
  for (const a of apps)
    actions.push(...(await store.actions.list({ applicationId: a.id, all: true })));
  return {
    interview,
    application,
    interviewers,
    earlierRounds,
    askedHere: await store.questions.list({ companyId: application.companyId }),
    dueCards: await store.questions.list({ dueBy: interview.startAt }),
    skillGaps: openItems(earlierRounds, 'skillGaps', 'skill_gap', actions),
    documentsOwed: openItems(earlierRounds, 'documentsOwed', 'send_documents', actions),
    prepAction:
      actions.find(
        (a) => a.kind === 'prep_next_round' && a.interviewId === id && a.status !== 'cancelled',
      ) ?? null,
    skillsToBuild: await openSkills(store),
    reminder: { ...BRIEF_REMINDER, seeds: [...BRIEF_REMINDER.seeds] },
  };
}

/** The brief an action points to: `prep_next_round` (or any action) linked to an upcoming interview. */
export async function briefForAction(ctx: Ctx, actionRef: string | number): Promise<Brief> {
  const id = positiveId(actionRef, 'action', 'action');
  const action = await ctx.store.actions.get(id);
  if (action === undefined) throw notFound('action', id, 'action');
  if (action.interviewId === null) {
    throw conflict(`action ${id} is not linked to an interview, so it has no brief`, 'action');
  }
  return buildBrief(ctx, action.interviewId);
}
