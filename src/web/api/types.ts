/**
 * The JSON the API answers with. The shapes are the server's presenters' own return types, so a
 * renamed field fails `npm run check` here instead of rendering `undefined` (type-only imports:
 * no server code reaches the bundle).
 */
import type {
  presentAction,
  presentApplication,
  presentInterview,
} from '../../services/present.js';
import type { presentFinding, presentMessage } from '../../services/present-message.js';

export type ApplicationJson = ReturnType<typeof presentApplication>;
export type ActionJson = ReturnType<typeof presentAction>;
export type InterviewJson = ReturnType<typeof presentInterview>;
export type MessageJson = ReturnType<typeof presentMessage>;
export type FindingJson = ReturnType<typeof presentFinding>;

export type Status = ApplicationJson['status'];

/** `{ created, changed }`: what a change planned or moved. */
export interface PlanJson {
  created: ActionJson[];
  changed: ActionJson[];
}

export interface EventJson {
  id: number;
  kind: string;
  from_status: Status | null;
  to_status: Status | null;
  note: string | null;
  at: string;
}

export interface ContactJson {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  relationship: string;
  linkedin_url: string | null;
  last_contacted_at: string | null;
}

/** `GET /api/applications/:id`: the application and everything that hangs off it. */
export interface ApplicationDetailJson {
  application: ApplicationJson;
  events: EventJson[];
  interviews: InterviewJson[];
  actions: ActionJson[];
  messages: MessageJson[];
  contacts: ContactJson[];
}

export interface InterviewResultJson {
  interview: InterviewJson;
  plan: PlanJson;
  preview?: boolean;
}

export interface CheckJson {
  findings: FindingJson[];
  errors: number;
  warnings: number;
}

export type SendResultJson = MessageJson & { outcome: 'sent' | 'failed' | 'held' };

export interface SettingJson {
  key: string;
  value: string | null;
  help: string;
  secret?: boolean;
  set?: boolean;
}

export interface TestEmailJson {
  ok: boolean;
  to: string | null;
  response: string | null;
  message_id: string | null;
  error: string | null;
}
