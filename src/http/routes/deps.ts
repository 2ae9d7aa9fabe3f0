import type { Ctx } from '../../services/context.js';
import type { DeliveryEnv } from '../../services/outbox/delivery.js';

/** What route modules get from the app: the services' context and delivery settings. */
export interface RouteDeps {
  ctx: Ctx;
  /** The user's time zone (the `timezone` setting), for presenters. */
  zone: () => Promise<string>;
  /** Where `.eml`/PDF files go and the SMTP password from the environment. */
  delivery: DeliveryEnv;
}
