import { invalidInput } from '../errors.js';
import {
  CHANNELS,
  MESSAGE_KINDS,
  type ActionKind,
  type Channel,
  type MessageKind,
} from '../types.js';

/** The message each action kind drafts; actions missing here (debrief, research…) draft none. */
export const MESSAGE_KIND_OF_ACTION: Partial<Record<ActionKind, MessageKind>> = {
  thank_you: 'thank_you',
  follow_up: 'follow_up',
  send_documents: 'documents',
  feedback_request: 'feedback_request',
  network: 'outreach',
  keep_warm: 'keep_warm',
  offer_evaluate: 'negotiation',
  offer_negotiate: 'negotiation',
  offer_decide: 'negotiation',
  offer_accept: 'accept',
  offer_decline: 'decline',
  withdraw: 'withdraw',
};

/**
 * The kind of message to draft for an action: the one its kind implies, or `requested` (e.g.
 * `decline` for an offer action, `withdraw` for any action of an application).
 */
export function messageKindFor(action: ActionKind, requested?: string): MessageKind {
  if (requested !== undefined) {
    const k = MESSAGE_KINDS.find((x) => x === requested);
    if (k === undefined) {
      throw invalidInput(
        `unknown message kind "${requested}" (one of: ${MESSAGE_KINDS.join(', ')})`,
        'kind',
      );
    }
    return k;
  }
  const k = MESSAGE_KIND_OF_ACTION[action];
  if (k === undefined) {
    throw invalidInput(
      `a ${action} action has no message to draft (drafts exist for: ${Object.keys(MESSAGE_KIND_OF_ACTION).join(', ')}; or choose the kind of message)`,
      'action',
    );
  }
  return k;
}

/** The channel asked for, else the action's own (a second follow-up is a call), else e-mail. */
export function channelFor(actionChannel: Channel | null, requested?: string): Channel {
  if (requested === undefined) return actionChannel ?? 'email';
  const c = CHANNELS.find((x) => x === requested);
  if (c === undefined) {
    throw invalidInput(
      `unknown channel "${requested}" (one of: ${CHANNELS.join(', ')})`,
      'channel',
    );
  }
  return c;
}
