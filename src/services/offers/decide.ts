import { conflict, invalidInput } from '../../domain/errors.js';
import { OPEN_STATUSES } from '../../domain/status.js';
import type { Application } from '../../domain/types.js';
import { changeStatus } from '../applications/applications.js';
import type { Ctx } from '../context.js';
import { replan } from '../interviews/planning.js';
import { draftForAction, type DraftResult } from '../messages/drafts.js';
import { loadSettings } from '../settings/settings.js';
import { mustGetOffer } from './offers.js';

export const NEGOTIATION_TOPICS = [
  'salary',
  'vacation',
  'start_date',
  'schedule',
  'terms',
] as const;
export type NegotiationTopic = (typeof NEGOTIATION_TOPICS)[number];

export interface Decision {
  application: Application;
  /** The draft confirming the acceptance, or declining. */
  draft: DraftResult | null;
  /** Accepting: a withdrawal draft for every other open application. */
  withdrawals: DraftResult[];
}

async function draftPending(
  ctx: Ctx,
  applicationId: number,
  kind: string,
): Promise<DraftResult | null> {
  const actions = await ctx.store.actions.listFor([applicationId]);
  const a = actions.find((x) => x.kind === kind && x.status === 'pending');
  return a === undefined ? null : draftForAction(ctx, a.id);
}

/**
 * Accepts an offer: the application becomes `accepted` (a confirmation to write), and every
 * other open application gets a withdrawal action with its draft ready (seed 000: decide;
 * seed 003: part on good terms). Nothing is sent without you.
 */
export async function acceptOffer(ctx: Ctx, offerId: number): Promise<Decision> {
  const offer = await mustGetOffer(ctx.store, offerId);
  const r = await changeStatus(ctx, offer.applicationId, 'accepted', 'accepted the offer');
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const open: number[] = [];
  for (const s of OPEN_STATUSES) {
    for (const a of await ctx.store.applications.list({ status: s })) open.push(a.id);
  }
  await ctx.store.transaction((tx) => replan(tx, open, ctx.now(), settings.policy));
  const withdrawals: DraftResult[] = [];
  for (const id of open) {
    const d = await draftPending(ctx, id, 'withdraw');
    if (d !== null) withdrawals.push(d);
  }
  return {
    application: r.application,
    draft: await draftPending(ctx, offer.applicationId, 'offer_accept'),
    withdrawals,
  };
}

/** Declines an offer: a gracious decline to draft, and a keep-warm action for later. */
export async function declineOffer(ctx: Ctx, offerId: number): Promise<Decision> {
  const offer = await mustGetOffer(ctx.store, offerId);
  const r = await changeStatus(ctx, offer.applicationId, 'declined', 'declined the offer');
  return {
    application: r.application,
    draft: await draftPending(ctx, offer.applicationId, 'offer_decline'),
    withdrawals: [],
  };
}

/**
 * Drafts a counter-proposal on one topic, citing the research, the target and the must-have
 * list, addressed to the person who made the offer (the offer's negotiation action).
 */
export async function draftNegotiation(
  ctx: Ctx,
  offerId: number,
  about: string,
  channel?: string,
): Promise<DraftResult> {
  const topic = NEGOTIATION_TOPICS.find((t) => t === about);
  if (topic === undefined) {
    throw invalidInput(
      `about must be one of ${NEGOTIATION_TOPICS.join(', ')}; got "${about}"`,
      'about',
    );
  }
  const offer = await mustGetOffer(ctx.store, offerId);
  const actions = await ctx.store.actions.listFor([offer.applicationId]);
  const a =
    actions.find((x) => x.kind === 'offer_negotiate' && x.status === 'pending') ??
    actions.find(
      (x) => (x.kind === 'offer_evaluate' || x.kind === 'offer_decide') && x.status === 'pending',
    );
  if (a === undefined) {
    throw conflict(
      `offer ${offer.id} has no pending negotiation action: it may be decided already`,
      'offer_id',
    );
  }
  const phone = channel === 'phone';
  return draftForAction(ctx, a.id, {
    kind: 'negotiation',
    channel,
    template: phone ? 'negotiation/call' : `negotiation/${topic}`,
  });
}
