import type { Remedy } from './errors.js';
import type { Status } from './status.js';

/** An instant, always stored and passed as ISO-8601 UTC (`2026-03-09T14:00:00.000Z`). */
export type Instant = string;
/** A calendar date in the user's time zone, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface Company {
  id: number;
  name: string;
  normalizedName: string;
  website: string | null;
  notes: string | null;
}

export interface Application {
  id: number;
  companyId: number;
  company: string;
  role: string;
  url: string | null;
  source: string | null;
  location: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  status: Status;
  appliedOn: LocalDate | null;
  notes: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export const EVENT_KINDS = [
  'created',
  'status',
  'reply',
  'note',
  'interview_logged',
  'interview_scheduled',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Something that happened to an application; every status transition is one. */
export interface AppEvent {
  id: number;
  applicationId: number;
  kind: EventKind;
  fromStatus: Status | null;
  toStatus: Status | null;
  note: string | null;
  at: Instant;
}

export const RELATIONSHIPS = [
  'interviewer',
  'recruiter',
  'hiring_manager',
  'referral',
  'connection',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export interface Contact {
  id: number;
  name: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  companyId: number | null;
  linkedinUrl: string | null;
  relationship: Relationship;
  lastContactedAt: Instant | null;
  /** The employer as the person's profile or the form names it (may be no company of yours). */
  employer: string | null;
  notes: string | null;
  source: ContactSource;
  /** When you connected on LinkedIn. */
  connectedOn: LocalDate | null;
}

/** Where a contact came from: typed in, named at an interview, or a LinkedIn export. */
export const CONTACT_SOURCES = ['manual', 'interview', 'linkedin'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const INTERVIEW_KINDS = ['phone', 'video', 'onsite', 'technical', 'panel', 'final'] as const;
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];

/** `scheduled` until it has been held; the services move a scheduled interview to `held` once it ends. */
export type InterviewState = 'scheduled' | 'held' | 'cancelled';
export const INTERVIEW_OUTCOMES = ['advanced', 'offer', 'rejected'] as const;
export type InterviewOutcome = (typeof INTERVIEW_OUTCOMES)[number];

export interface Interviewer {
  contactId: number;
  name: string;
  email: string | null;
}

export interface Interview {
  id: number;
  applicationId: number;
  round: number;
  kind: InterviewKind;
  state: InterviewState;
  startAt: Instant;
  durationMin: number;
  /** The interview's own zone, when it is not the user's (the calendar shows its local time too). */
  timeZone: string | null;
  /** A street address or a meeting link. */
  location: string | null;
  interviewers: Interviewer[];
  late: boolean;
  topics: string[];
  nextSteps: string | null;
  decisionBy: LocalDate | null;
  followUpOn: LocalDate | null;
  documentsOwed: string[];
  /** Skill gaps noticed in the interview (the debrief adds more). */
  skillGaps: string[];
  outcome: InterviewOutcome | null;
  notes: string | null;
}

export const ACTION_KINDS = [
  'debrief',
  'thank_you',
  'follow_up',
  'send_documents',
  'network',
  'salary_research',
  'skill_gap',
  'prep_next_round',
  'continue_search',
  'feedback_request',
  'keep_warm',
  'suggest_ghosted',
  'offer_evaluate',
  'offer_negotiate',
  'offer_decide',
  'offer_accept',
  'offer_decline',
  'withdraw',
  'custom',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['pending', 'done', 'skipped', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const CHANNELS = ['email', 'letter', 'drop_off', 'phone', 'linkedin'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The seed articles the advice comes from (../shared/seeds/). */
export const SEEDS = {
  '000': '000_ed84d521abb9160e.txt',
  '001': '001_91e6ef208e4341be.txt',
  '002': '002_daed6c9d822ee66f.txt',
  '003': '003_63da2b5642c8f93d.txt',
  '004': '004_468e8ad3215a2121.txt',
} as const;
export type SeedId = keyof typeof SEEDS;

/** What the planner proposes; the services reconcile it with what is stored. */
export interface PlannedAction {
  /** Stable: rule id + subject ids + sequence number, so re-planning never duplicates. */
  key: string;
  kind: ActionKind;
  title: string;
  due: Instant;
  earliest: Instant | null;
  latest: Instant | null;
  /** The advice, in plain words, ending with the seed files it comes from. */
  why: string;
  seeds: SeedId[];
  applicationId: number;
  interviewId: number | null;
  contactId: number | null;
  channel: Channel | null;
  /** `pending`, or `cancelled` with `reason` when a trigger (reply, offer, …) stops it. */
  status: 'pending' | 'cancelled';
  reason: string | null;
  /** `rule:<id>` */
  origin: string;
}

/** A stored action: a planned or manual action plus the user's decisions about it. */
export interface Action extends Omit<PlannedAction, 'status' | 'applicationId'> {
  id: number;
  status: ActionStatus;
  applicationId: number | null;
  messageId: number | null;
  /** The user moved the due time (snooze or reschedule); re-planning keeps it. */
  userDue: boolean;
  completedAt: Instant | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** What a message is for (PRODUCT.md §4 Message, plus `keep_warm` for the keep-warm reminder). */
export const MESSAGE_KINDS = [
  'thank_you',
  'follow_up',
  'feedback_request',
  'outreach',
  'negotiation',
  'documents',
  'accept',
  'decline',
  'withdraw',
  'keep_warm',
] as const;
/**
 * `digest` is the daily digest (PRODUCT.md §10) Afterview mails to the user: it travels through
 * the outbox like any message but is never drafted from a template, so it is not in MESSAGE_KINDS.
 */
export type MessageKind = (typeof MESSAGE_KINDS)[number] | 'digest';

/** The outbox state machine (legal moves in outbox.ts): draft → approved → scheduled → sending → sent | failed. */
export const MESSAGE_STATES = [
  'draft',
  'approved',
  'scheduled',
  'sending',
  'sent',
  'failed',
] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem the note check found, as data so a UI can highlight it: `start`/`end` are
 * character offsets (JS string indices) into `field`; an empty span means the whole note.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  field: 'subject' | 'body' | 'voicemail' | 'recipient';
  start: number;
  end: number;
  /** What to do about it, where the message alone does not say (each edge words it). */
  remedy?: Remedy;
}

/**
 * A sentence of a draft that states a fact which may change before the note is sent (issue 11):
 * an owed document (`subject` is its action key; `said` is `owed` or `sent`) or the day of the
 * interview as the note words it (`subject` is the interview id; `said` is the phrase, e.g.
 * "yesterday"). The note check compares `said` with the facts of the day it would arrive.
 */
export interface Claim {
  fact: 'document' | 'interview_day';
  subject: string;
  said: string;
  /** The sentence as drafted, found again in the text to mark it. */
  text: string;
  /** The document's name, for the finding's wording; null for the interview day. */
  item: string | null;
}

/** A send forced past check errors or the spacing guard: the reason given, who, and when. */
export interface Forced {
  reason: string;
  by: string;
  at: Instant;
}

/** A drafted or sent message and where it is in the outbox. */
export interface Message {
  id: number;
  actionId: number | null;
  applicationId: number | null;
  interviewId: number | null;
  contactId: number | null;
  kind: MessageKind;
  channel: Channel;
  /** The template it was drafted from: a built-in id (`thank_you/conversation`) or `user:<id>`. */
  templateId: string | null;
  recipientName: string | null;
  recipientEmail: string | null;
  /** Postal address lines, for letters. */
  recipientAddress: string[];
  subject: string;
  body: string;
  /** Phone only: the voicemail to leave (the body is the call script). */
  voicemail: string | null;
  findings: Finding[];
  state: MessageState;
  attempts: number;
  nextAttemptAt: Instant | null;
  lastError: string | null;
  /** Found in `sending` after a crash: held until the user confirms it arrived or asks to resend. */
  heldAt: Instant | null;
  /** smtp, eml, pdf or manual. */
  via: string | null;
  /** The e-mail's Message-ID, fixed before the first attempt so a crash still leaves it on record. */
  transportId: string | null;
  transportResponse: string | null;
  /** The .eml or .pdf written for it. */
  artifactPath: string | null;
  sentAt: Instant | null;
  /** What the draft's sentences rely on (empty for a note written by hand). */
  claims: Claim[];
  /** Set when a send was forced; null otherwise. */
  forced: Forced | null;
  createdAt: Instant;
  updatedAt: Instant;
}
