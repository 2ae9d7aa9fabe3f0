import type { Instant } from '../../../domain/types.js';
import type { Store } from '../../../store/store.js';
import { newMessage } from '../../../store/test/rows.js';
import { newMessageId } from '../delivery.js';
import { move } from '../outbox-records.js';

/**
 * `n` thank-you notes as the outbox leaves them after approval: scheduled over SMTP from `from`,
 * due at `at`, without an outbox key (as `afterview send` schedules them). Person `i` is
 * `person<i>@example.com`.
 */
export async function scheduledMessages(
  store: Store,
  n: number,
  at: Instant,
  from = 'alex@example.com',
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 1; i <= n; i++) {
    const id = await store.transaction(async (tx) => {
      const id = await tx.messages.insert(
        newMessage({
          templateId: null,
          recipientName: `Person ${String(i)}`,
          recipientEmail: `person${String(i)}@example.com`,
          recipientAddress: [],
          subject: `Thank you ${String(i)}`,
          body: `Hello ${String(i)}, thank you for your time.`,
          findings: [],
        }),
        at,
      );
      await move(tx, { id, state: 'draft' }, 'approved', {}, 'approved', at);
      const patch = {
        via: 'smtp' as const,
        transportId: newMessageId(from),
        nextAttemptAt: at,
        lastError: null,
      };
      await move(tx, { id, state: 'approved' }, 'scheduled', patch, 'scheduled via smtp', at);
      return id;
    });
    ids.push(id);
  }
  return ids;
}
