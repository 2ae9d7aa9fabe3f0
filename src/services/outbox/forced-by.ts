import { userInfo } from 'node:os';

/**
 * Who forces a send, for the outbox's record: the account the program runs as (the local app
 * has one user) and the edge it came through. Falls back to "you" where the system has no
 * account name (some containers).
 */
export function forcedBy(edge: 'cli' | 'web'): string {
  let name = 'you';
  try {
    const u = userInfo().username.trim();
    if (u !== '') name = u;
  } catch {
    // No passwd entry for this uid: keep "you".
  }
  return `${name}, ${edge === 'cli' ? 'on the command line' : 'in the web app'}`;
}
