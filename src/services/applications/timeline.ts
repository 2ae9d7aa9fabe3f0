import type { AppEvent, Application, Contact, Interview } from '../../domain/types.js';
import type { ActionView } from '../../store/repos/actions.js';
import type { MessageView } from '../../store/repos/messages.js';
import type { Ctx } from '../context.js';
import { describeApplication } from './overview.js';

/** An application with everything the web app's timeline shows. */
export interface ApplicationTimeline {
  application: Application;
  events: AppEvent[];
  interviews: Interview[];
  actions: ActionView[];
  messages: MessageView[];
  /** Everyone known at the company: interviewers, recruiters, connections. */
  contacts: Contact[];
}

/** `describeApplication` plus the messages written for it and the people at its company. */
export async function applicationTimeline(
  ctx: Ctx,
  idInput: string | number,
): Promise<ApplicationTimeline> {
  const o = await describeApplication(ctx, idInput);
  const [messages, contacts] = await Promise.all([
    ctx.store.messages.list({ all: true, applicationId: o.application.id }),
    ctx.store.contacts.listAtCompany(o.application.companyId),
  ]);
  return { ...o, messages, contacts };
}
