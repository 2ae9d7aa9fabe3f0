import { invalidInput } from '../../domain/errors.js';
import { MESSAGE_STATES, type Finding, type MessageState } from '../../domain/types.js';
import { positiveId } from '../../domain/validate.js';
import type { MessageView } from '../../store/repos/messages.js';
import { runCheck } from './check.js';
import type { Ctx } from '../context.js';
import { mustGetMessage } from './messages.js';
import { recoverSending } from '../outbox/outbox-records.js';
import { loadSettings } from '../settings/settings.js';
import { withFreshClaims } from './truth.js';

/** Messages by state for the web app's outbox: `unsent` (default), `all`, or one state. */
export async function listMessages(ctx: Ctx, status = 'unsent'): Promise<MessageView[]> {
  let states: MessageState[] | undefined;
  if (status !== 'unsent' && status !== 'all') {
    const s = MESSAGE_STATES.find((x) => x === status);
    if (s === undefined) {
      throw invalidInput(
        `unknown message status "${status}" (one of: unsent, all, ${MESSAGE_STATES.join(', ')})`,
        'status',
      );
    }
    states = [s];
  }
  // A crash may have left a message in `sending`: hold it before anyone sees the list.
  await recoverSending(ctx);
  const zone = (await loadSettings(ctx.store, ctx.systemZone)).policy.timezone;
  const now = ctx.now();
  const list = await ctx.store.messages.list({ all: status === 'all', states });
  const out: MessageView[] = [];
  for (const m of list) out.push(await withFreshClaims(ctx.store, m, zone, now));
  return out;
}

export interface TextOverrides {
  subject?: string;
  body?: string;
  voicemail?: string;
}

/**
 * Checks a message as it is, or as it would be with the given text (the composer checks while
 * the user types), saving nothing. Offsets in the findings refer to the text checked.
 */
export async function checkMessageText(
  ctx: Ctx,
  idInput: string | number,
  text: TextOverrides = {},
): Promise<Finding[]> {
  const id = positiveId(idInput, 'message', 'message');
  const settings = await loadSettings(ctx.store, ctx.systemZone);
  const m = await mustGetMessage(ctx.store, id);
  const next = {
    ...m,
    ...(text.subject === undefined ? {} : { subject: text.subject.trim() }),
    ...(text.body === undefined ? {} : { body: text.body.replace(/\r\n/g, '\n').trim() }),
    ...(text.voicemail === undefined ? {} : { voicemail: text.voicemail.trim() }),
  };
  return runCheck(ctx.store, next, settings, ctx.now());
}
