import type { Channel, Claim, Instant, LocalDate, MessageKind, SeedId } from '../types.js';

/**
 * A message template: `{{var}}` placeholders and `{{#var}}…{{/var}}` sections (shown when the
 * value is not empty) or `{{^var}}…{{/var}}` (shown when it is). Variables are listed in vars.ts.
 */
export interface Template {
  /** Built-in: `thank_you/conversation`; the user's: `user:<id>`. */
  id: string;
  name: string;
  kind: MessageKind;
  channels: readonly Channel[];
  subject: string;
  body: string;
  /** Phone templates: what to say on the voicemail (the body is the call script). */
  voicemail: string | null;
  /** Why the template reads the way it does, citing the seed articles. */
  rationale: string;
  seeds: readonly SeedId[];
  builtin: boolean;
}

export interface Person {
  name: string;
  email: string | null;
  title: string | null;
}

/**
 * A document the seeker promised at the interview, as its `send_documents` action stands: the
 * note says "I sent …" once the action is done and "I will send … by <the day it is due>" while
 * it is pending. Skipped and cancelled documents are left out of the note.
 */
export interface DocumentFact {
  item: string;
  /** The action's key (`send_documents:i3:references`): what a claim about it refers to. */
  key: string;
  sent: boolean;
  /** When the action is due; null when no action tracks it yet. */
  due: Instant | null;
}

/** Everything a draft is filled from, loaded by the services; plain data. */
export interface ComposeFacts {
  kind: MessageKind;
  channel: Channel;
  /** null: nobody named (the hiring team, or an outreach to be addressed by hand). */
  recipient: Person | null;
  company: string;
  role: string;
  interview: {
    start: Instant;
    kind: string;
    late: boolean;
    topics: readonly string[];
    documentsOwed: readonly string[];
    nextSteps: string | null;
    decisionBy: LocalDate | null;
    notes: string | null;
  } | null;
  /** Application notes, matched against skills too. */
  notes: string | null;
  sender: {
    name: string;
    signature: string;
    email: string;
    phone: string;
    skills: readonly string[];
  };
  /**
   * This recipient's place among the people drafted for at the same company (0, 1, …): picks a
   * different template and topic for each, so two interviewers never get the same text.
   */
  slot: number;
  now: Instant;
  /**
   * When the note reaches the recipient on its channel (`deliveryTime`): the day words ("today",
   * "on Friday", "by Monday") must be true then, not when it was drafted. Defaults to `now`.
   */
  deliverAt?: Instant;
  /** The interview's id, for claims about its day. */
  interviewId?: number | null;
  /** The owed documents with their actions' state; absent: every one still owed, no due date. */
  documents?: readonly DocumentFact[];
  zone: string;
  /** The offer and the salary research behind it, worded for a note; absent when none. */
  offer?: OfferWords | null;
}

/**
 * The figures an offer note cites, already worded by the services (`95,000 EUR`, `May 4`);
 * an empty string means not known, and the templates leave that sentence out.
 */
export interface OfferWords {
  base: string;
  total: string;
  vacation: string;
  start: string;
  remote: string;
  target: string;
  marketMedian: string;
  marketRange: string;
  marketSources: string;
  vacationAsk: string;
  startAsk: string;
  remoteAsk: string;
}

export interface Composed {
  templateId: string;
  subject: string;
  body: string;
  voicemail: string | null;
  /** The body's sentences that state facts which may change before it is sent. */
  claims: Claim[];
}
