import type { Channel, Claim, Instant, LocalDate, MessageKind } from '../types.js';

/**
 * A Hunspell-compatible spell checker, injected so the check stays pure (the nspell adapter
 * lives in src/adapters/spelling.ts; tests may pass a small one).
 */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** What the note check knows about a message; optional facts turn their rules on. */
export interface CheckInput {
  kind: MessageKind | null;
  channel: Channel;
  /** E-mail subject; null when the channel has none. */
  subject: string | null;
  body: string;
  /** Phone: the voicemail script (checked as the note itself; the body is the call script). */
  voicemail: string | null;
  /** Whether to check what delivery needs (an address, a subject); false for a file on its own. */
  delivery?: boolean;
  /** Who it goes to; undefined when unknown (a file checked on its own). */
  recipient?: { name: string | null; email: string | null; address: readonly string[] };
  /** Topics discussed at the interview. */
  topics?: readonly string[];
  /** The seeker arrived late (seed 002). */
  late?: boolean;
  /** Documents owed (a documents message should name them). */
  documents?: readonly string[];
  /** For the timing rules: when it is being checked, in which zone. */
  now?: Instant;
  zone?: string;
  /** A thank-you's latest time (end of its window). */
  thankYouLatest?: Instant | null;
  /** The local date the interviewer said to follow up on. */
  followUpOn?: LocalDate | null;
  /**
   * What the draft's sentences claimed when it was drafted, each with what is true now on the
   * day it would arrive (`now`: `sent`/`owed` for a document, the day words for the interview).
   */
  claims?: readonly { claim: Claim; now: string }[];
  /** Notes of the same kind to other people at the same company. */
  siblings?: readonly { name: string; text: string }[];
}

export interface CheckEnv {
  speller: Speller | null;
  /** Lower-cased, NFC words that are always right: names, companies, the user's word list. */
  knownWords: ReadonlySet<string>;
  /** Only this many misspelled words get suggestions (default 5): they cost ~1 ms each. */
  maxSuggestions?: number;
}

/** The limits of PRODUCT.md §6. */
export const LIMITS = {
  thankYouWords: 200,
  followUpWords: 150,
  voicemailWords: 75,
  linkedinChars: 300,
} as const;
