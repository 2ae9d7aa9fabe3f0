import type { Ctx } from '../../services/context.js';
import type { DeliveryEnv } from '../../services/outbox/delivery.js';
import type { QueueHealth } from '../../services/outbox/delivery-queue.js';

/** What route modules get from the app: the services' context and delivery settings. */
export interface RouteDeps {
  ctx: Ctx;
  /** The user's time zone (the `timezone` setting), for presenters. */
  zone: () => Promise<string>;
  /** Where `.eml`/PDF files go and the SMTP password from the environment. */
  delivery: DeliveryEnv;
  /** The delivery queue's state for `GET /api/health`; absent when nothing delivers (tests). */
  queueHealth?: () => Promise<QueueHealth>;
}
