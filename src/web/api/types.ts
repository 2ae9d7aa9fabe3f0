/**
 * The JSON the API answers with. The shapes are the server's presenters' own return types, so a
 * renamed field fails `npm run check` here instead of rendering `undefined` (type-only imports:
 * no server code reaches the bundle).
 */
import type {
  presentAction,
  presentApplication,
  presentInterview,
} from '../../services/present/present.js';
import type {
  presentBrief,
  presentDebrief,
  presentQuestion,
} from '../../services/present/present-debrief.js';
import type { presentFinding, presentMessage } from '../../services/present/present-message.js';
import type { presentPlan } from '../../services/present/present-plan.js';
import type { presentTimeline } from '../../services/present/present-timeline.js';
import type { PublicSetting } from '../../services/settings/settings-view.js';

export type ApplicationJson = ReturnType<typeof presentApplication>;
export type ActionJson = ReturnType<typeof presentAction>;
export type InterviewJson = ReturnType<typeof presentInterview>;
export type MessageJson = ReturnType<typeof presentMessage>;
export type FindingJson = ReturnType<typeof presentFinding>;

export type Status = ApplicationJson['status'];

/** `{ created, changed }`: what a change planned or moved. */
export type PlanJson = ReturnType<typeof presentPlan>;
/** `GET /api/applications/:id`: the application and everything that hangs off it. */
export type ApplicationDetailJson = ReturnType<typeof presentTimeline>;
/** `GET /api/settings`: secrets carry only whether they are set. */
export type SettingJson = PublicSetting;

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

export interface TestEmailJson {
  ok: boolean;
  to: string | null;
  response: string | null;
  message_id: string | null;
  error: string | null;
}

/** `GET /api/interviews/:id/debrief`. */
export type DebriefJson = ReturnType<typeof presentDebrief>;
/** `PUT /api/interviews/:id/debrief`: the debrief and what saving it changed. */
export type DebriefSavedJson = DebriefJson & {
  created: boolean;
  new_cards: number[];
  linked_questions: number[];
  completed_action: ActionJson | null;
  plan: PlanJson;
};
/** `GET /api/interviews/:id/brief`. */
export type BriefJson = ReturnType<typeof presentBrief>;
/** One card of the question bank (`GET /api/questions`). */
export type QuestionJson = ReturnType<typeof presentQuestion>;
export type ReviewedJson = QuestionJson & {
  review: { rating: number; state: string; due: string | null; scheduled_days: number };
};
/** `GET /api/interviews/:id`. */
export interface InterviewDetailJson {
  interview: InterviewJson;
  application: ApplicationJson;
}

/** `GET /api/pipeline`: a board card. */
export type PipelineCardJson = ApplicationJson & {
  next_action: { id: number; kind: ActionJson['kind']; title: string; due: string | null } | null;
  last_activity: string | null;
  stale: boolean;
};

/** `GET /api/interviews?from&to`: an interview in a window, with its application. */
export interface WeekInterviewJson {
  id: number;
  application_id: number;
  company: string;
  role: string;
  round: number;
  kind: string;
  state: string;
  start: string | null;
  duration_min: number;
  location: string | null;
  interviewers: string[];
}

/** `GET /api/skills`: one skill to build, kept across applications. */
export interface SkillJson {
  id: number;
  skill: string;
  status: 'open' | 'addressed';
  application_id: number | null;
  company: string | null;
  role: string | null;
  added_at: string;
  addressed_at: string | null;
}
