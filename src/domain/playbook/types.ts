import type { Policy } from '../settings.js';
import type {
  Action,
  AppEvent,
  Application,
  Instant,
  Interview,
  LocalDate,
  PlannedAction,
} from '../types.js';

/** What the planner knows about one application. Plain data, loaded by the services. */
export interface ApplicationState {
  application: Application;
  /** Every interview of the application, any state, any order. */
  interviews: Interview[];
  /** The application's events (status changes, replies), any order. */
  events: AppEvent[];
  /** The application's stored actions: done follow-ups drive the next one in the sequence. */
  actions: (Pick<Action, 'key' | 'kind' | 'status' | 'due' | 'completedAt' | 'contactId'> & {
    /** The stored title: a rule whose advice was given once keeps its words (continue_search). */
    title?: string;
  })[];
  /** Contacts at the application's company who are not its interviewers (network rule). */
  companyContacts: number;
  /**
   * Those contacts by name, first added first (the network rule names them and addresses the
   * outreach to the first); absent where only the count is known.
   */
  networkPeople?: { id: number; name: string }[];
  /** Whether salary research exists for this role (salary issue; false until it lands). */
  hasSalaryResearch: boolean;
  /** Offers for this application with their decision deadlines and who made them. */
  offers: { id: number; deadline: Instant | null; contactId?: number | null }[];
  /**
   * An offer the seeker accepted at another application, if any: every open application is
   * then worth a polite withdrawal (seed 000, decide; seed 003, keep the network).
   */
  acceptedElsewhere?: { applicationId: number; company: string; at: Instant } | null;
}

/** The whole search, as far as one planning call needs it. */
export interface PlanState {
  applications: ApplicationState[];
  /** Open (non-terminal, not `saved`) applications in the whole search. */
  activeApplications: number;
  /** The most recent `applied` date in the whole search. */
  lastAppliedOn: LocalDate | null;
  /**
   * Follow-ups to contacts in applications NOT in `applications` (done: when sent; pending: when
   * due). The spacing guard keeps new follow-ups away from these. `sent`: done, so the words
   * are the same as for a follow-up done in a planned application.
   */
  otherFollowUps: { contactId: number; at: Instant; sent: boolean }[];
}

export type Planner = (state: PlanState, now: Instant, policy: Policy) => PlannedAction[];

/** What `reconcile` asks the store to do. */
export interface Reconciliation {
  inserts: PlannedAction[];
  updates: { id: number; patch: ActionPatch }[];
}

export interface ActionPatch {
  title?: string;
  due?: Instant;
  earliest?: Instant | null;
  latest?: Instant | null;
  why?: string;
  seeds?: PlannedAction['seeds'];
  channel?: PlannedAction['channel'];
  contactId?: number | null;
  interviewId?: number | null;
  status?: 'pending' | 'cancelled';
  reason?: string | null;
}
