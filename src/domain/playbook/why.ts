import type { Status } from '../status.js';
import type { SeedId } from '../types.js';

/**
 * The advice behind every action, in plain words, each ending with the seed articles it comes
 * from (../shared/seeds/). Kept in one place so the voice stays consistent and the texts can be
 * reviewed against the seeds side by side.
 */

/** `(seed 001)` or `(seeds 001, 003)`. */
export function cite(seeds: readonly SeedId[]): string {
  return seeds.length === 1 ? `(seed ${seeds[0] ?? ''})` : `(seeds ${seeds.join(', ')})`;
}

/** Advice text plus its seeds; the text already ends with the citation. */
export interface Advice {
  why: string;
  seeds: readonly SeedId[];
}

/** Seeds arrays are frozen: every action with the same advice shares one. */
const advice = (text: string, seeds: readonly SeedId[]): Advice => ({
  why: `${text} ${cite(seeds)}`,
  seeds: Object.freeze([...seeds]),
});

export const DEBRIEF = advice(
  'Right after the interview, walk through the checklist (on time, research, dress, conversation, ' +
    'connection, introduction, anything awkward) and write down what went well, what to answer ' +
    'better, the issues that came up and the documents you still owe.',
  ['000', '001', '003'],
);

const THANKS_SEEDS: readonly SeedId[] = ['001', '002', '003', '004'];
const THANKS = {
  email:
    'Send the thank-you within a few hours: short, personal, proofread, and asking for nothing, ' +
    'so it reaches them before they decide.',
  letter:
    'Mail a short, personal, proofread thank-you letter the next day; the sooner you post it, the ' +
    'likelier it arrives before they decide.',
  drop_off:
    'Drop a short, personal, proofread thank-you note off at the company the next day: it shows ' +
    'thought and enthusiasm, and it asks for nothing.',
} as const;
const PATIENCE = ' You were late, so also thank them for their patience.';

/** One text per channel, and one more per channel for a late arrival, built once. */
export const THANK_YOU = {
  email: advice(THANKS.email, THANKS_SEEDS),
  letter: advice(THANKS.letter, THANKS_SEEDS),
  drop_off: advice(THANKS.drop_off, THANKS_SEEDS),
} as const;
export const THANK_YOU_LATE = {
  email: advice(THANKS.email + PATIENCE, THANKS_SEEDS),
  letter: advice(THANKS.letter + PATIENCE, THANKS_SEEDS),
  drop_off: advice(THANKS.drop_off + PATIENCE, THANKS_SEEDS),
} as const;

const FOLLOW_UP_CONTENT =
  ' Keep it short: why your skills match, anything you want to add, and thanks for the chance.';
export const FOLLOW_UP_ON_DATE = advice(
  'Follow up on the date they gave you: it is an appointment they booked with you.' +
    FOLLOW_UP_CONTENT,
  ['001', '003'],
);
export const FOLLOW_UP_AFTER_DECISION = advice(
  'They planned to decide by then, so follow up the next business day.' + FOLLOW_UP_CONTENT,
  ['001', '003'],
);
export const FOLLOW_UP_AFTER_A_WEEK = advice(
  'They gave no date, so follow up about a week after the interview, a good reminder that is ' +
    'not too soon.' +
    FOLLOW_UP_CONTENT,
  ['001', '003'],
);
export const FOLLOW_UP_CALL = advice(
  'No answer to your e-mail yet: follow up by phone, and be ready to leave a short, clear ' +
    'voicemail if you do not reach them.',
  ['004'],
);
export const FOLLOW_UP_FINAL = advice(
  'Follow up as appropriate but never too often: one last short e-mail keeps you in mind without ' +
    'looking desperate.',
  ['001', '004'],
);
export const SUGGEST_GHOSTED = advice(
  'You have followed up as often as is polite, and more would irritate them; mark the ' +
    'application ghosted and put the time into other applications.',
  ['001', '003'],
);
export const KEEP_WARM = advice(
  'Stay in touch with the people you met: a friendly note later keeps you in mind for the next ' +
    'opening.',
  ['003', '004'],
);

export const SEND_DOCUMENTS = advice(
  'Send the information you still owe the interviewer promptly; it is part of following up well.',
  ['003'],
);
export const NETWORK_CONTACTS = advice(
  'Reach out to people you know at the employer: they can put in a good word and tell you about ' +
    'the competition and your chances.',
  ['003', '004'],
);
export const NETWORK_SEARCH = advice(
  'Look through your contacts and LinkedIn for anyone at the employer or who knows someone ' +
    'there: they can put in a good word and tell you about your chances.',
  ['003', '004'],
);
export const SALARY_RESEARCH = advice(
  'While you wait, research the typical salary for the role and decide your target and your ' +
    'walk-away point, so you can negotiate if they make an offer.',
  ['004'],
);
export const SKILL_GAP = advice(
  'Work on the gap the interview revealed while you wait, and have it addressed before the next ' +
    'round.',
  ['004'],
);
export const PREP_NEXT_ROUND = advice(
  'The evening before, review your brief and the better answers you prepared so weak questions ' +
    'become strengths; before you leave, ask about next steps and when to follow up.',
  ['000', '001', '004'],
);
export const CONTINUE_SEARCH = advice(
  'Keep applying until you hold an offer: do not put all your eggs in one basket, and stay in ' +
    'touch with recruiters.',
  ['001', '003', '004'],
);
export const FEEDBACK_REQUEST = advice(
  'They hired someone else: ask for constructive feedback, it will help you improve your next ' +
    'interview.',
  ['004'],
);
export const OFFER_EVALUATE = advice(
  'Take time to decide whether the role is right for you: the people, the culture, the salary, ' +
    'whether you trust them, and your must-have list.',
  ['000'],
);
export const OFFER_NEGOTIATE = advice(
  'With an offer you have leverage: they do not want to restart the search, so negotiate salary, ' +
    'vacation, start date and schedule.',
  ['000'],
);
export const OFFER_DECIDE = advice('Decide before their deadline, against your must-have list.', [
  '000',
]);
export const OFFER_ACCEPT = advice(
  'You decided the offer meets your must-have list: confirm it in writing, and thank them.',
  ['000'],
);
export const OFFER_DECLINE = advice(
  'It does not meet your must-have list: decline graciously, so the door stays open.',
  ['000', '003'],
);
export const WITHDRAW = advice(
  'You accepted another offer: withdraw promptly and politely, so they can plan; the people ' +
    'you met stay part of your network.',
  ['000', '003'],
);

/** Why an action stopped applying; the status ones say which status. */
export const REASON = {
  replied: 'they replied',
  nextInterview: 'next interview scheduled',
  noLongerApplies: 'no longer applies',
  outcome: (outcome: string): string => `interview outcome recorded: ${outcome}`,
} as const;

export const STATUS_REASON: Record<Status, string> = {
  saved: 'application is saved',
  applied: 'application is applied',
  interviewing: 'application is interviewing',
  offer: 'you have an offer',
  accepted: 'you accepted the offer',
  declined: 'you declined the offer',
  rejected: 'application rejected',
  withdrawn: 'you withdrew the application',
  ghosted: 'application marked ghosted',
};
