import { invalidInput } from '../../domain/errors.js';
import { asNumber } from '../fields.js';
import { parseInput } from '../../services/input.js';
import {
  applicationNetwork,
  decideMatch,
  type ApplicationNetwork,
} from '../../services/network/network.js';
import { presentNetwork } from '../../services/network/present-network.js';
import { matchDecisionInput } from '../../services/network/schema.js';
import type { Invocation, Output } from '../spec.js';

const pct = (score: number): string => `${String(Math.round(score * 100))}%`;

export function networkText(n: ApplicationNetwork): string {
  const a = n.application;
  const lines = [`People you know at ${a.company} (application #${String(a.id)}, ${a.role}):`];
  if (n.people.length === 0) lines.push('  nobody yet');
  for (const p of n.people) {
    const c = p.contact;
    lines.push(
      `  #${String(c.id)}  ${c.name}${c.title === null ? '' : `, ${c.title}`}${c.email === null ? '' : ` <${c.email}>`}: ${p.reason}`,
    );
  }
  if (n.suggestions.length > 0) {
    lines.push('', 'Maybe the same company (confirm or reject):');
    for (const s of n.suggestions) {
      lines.push(
        `  "${s.employer}" (${pct(s.match.score)}): ${s.match.reason}; ${s.people.map((p) => p.name).join(', ')}`,
      );
    }
    const first = n.suggestions[0]?.employer ?? '';
    lines.push(`  afterview network ${String(a.id)} --confirm "${first}"  (or --reject)`);
  }
  if (n.action !== null) {
    lines.push('', `Action #${String(n.action.id)} (${n.action.status}): ${n.action.title}`);
    const to = n.people.find((p) => p.status !== 'interviewer')?.contact.name;
    if (n.action.status === 'pending' && to !== undefined) {
      lines.push(
        `  draft it: afterview draft ${String(n.action.id)} --channel linkedin --to "${to}"  (or --channel email)`,
      );
    }
  }
  return lines.join('\n');
}

export async function network({ ctx, values, positionals, zone }: Invocation): Promise<Output> {
  const app = asNumber(positionals[0]);
  if (typeof app !== 'number' || app < 1) {
    throw invalidInput(
      `APP must be an application id, got "${positionals[0] ?? ''}"`,
      'application_id',
    );
  }
  const confirm = typeof values.confirm === 'string' ? values.confirm : undefined;
  const reject = typeof values.reject === 'string' ? values.reject : undefined;
  if (confirm !== undefined && reject !== undefined) {
    throw invalidInput('--confirm and --reject: give one of them', 'confirm');
  }
  const employer = confirm ?? reject;
  const n =
    employer === undefined
      ? await applicationNetwork(ctx, app)
      : await decideMatch(
          ctx,
          app,
          parseInput(matchDecisionInput, {
            employer,
            decision: confirm !== undefined ? 'confirmed' : 'rejected',
          }),
        );
  const said =
    employer === undefined
      ? ''
      : `${confirm !== undefined ? 'Confirmed' : 'Rejected'}: "${employer}" ${confirm !== undefined ? 'is' : 'is not'} ${n.application.company}.\n`;
  return { text: () => said + networkText(n), json: presentNetwork(n, zone) };
}
