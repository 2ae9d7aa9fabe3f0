import { conflict, invalidInput } from './errors.js';

/** Application status: one state machine, the single source of truth (PRODUCT.md §4). */
export const STATUSES = [
  'saved',
  'applied',
  'interviewing',
  'offer',
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
] as const;
export type Status = (typeof STATUSES)[number];

/** The forward chain; a later open state may be reached directly (a recruiter calls before you apply). */
const CHAIN: readonly Status[] = ['saved', 'applied', 'interviewing', 'offer'];
export const OPEN_STATUSES: readonly Status[] = CHAIN;
export const TERMINAL_STATUSES: readonly Status[] = [
  'accepted',
  'declined',
  'rejected',
  'withdrawn',
  'ghosted',
];

export const isStatus = (s: string): s is Status => (STATUSES as readonly string[]).includes(s);
export const isOpen = (s: Status): boolean => OPEN_STATUSES.includes(s);
export const isTerminal = (s: Status): boolean => !isOpen(s);

/**
 * Whether `from → to` is legal: forward along saved → applied → interviewing → offer,
 * offer → accepted | declined, and any open state → rejected | withdrawn | ghosted.
 * Terminal states have no exits; nothing moves backwards.
 */
export function canTransition(from: Status, to: Status): boolean {
  if (from === to || isTerminal(from)) return false;
  switch (to) {
    case 'saved':
    case 'applied':
    case 'interviewing':
    case 'offer':
      return CHAIN.indexOf(to) > CHAIN.indexOf(from);
    case 'accepted':
    case 'declined':
      return from === 'offer';
    case 'rejected':
    case 'withdrawn':
    case 'ghosted':
      return true;
  }
}

/** Parses a status name and checks the move, throwing the error the user should see. */
export function checkTransition(from: Status, toInput: string): Status {
  if (!isStatus(toInput)) {
    throw invalidInput(`unknown status "${toInput}" (one of: ${STATUSES.join(', ')})`, 'status');
  }
  if (from === toInput) throw conflict(`application is already ${from}`, 'status');
  if (!canTransition(from, toInput)) {
    const why = isTerminal(from) ? `${from} is final` : 'status only moves forward';
    throw conflict(`cannot move from ${from} to ${toInput}: ${why}`, 'status');
  }
  return toInput;
}
