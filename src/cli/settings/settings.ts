import { invalidInput } from '../../domain/errors.js';
import { getSetting, listSettings, setSetting } from '../../services/settings/settings.js';
import type { Invocation, Output } from '../spec.js';

export async function settings({ ctx, positionals }: Invocation): Promise<Output> {
  const [verb, key, value] = positionals;
  if (verb === undefined) {
    const all = await listSettings(ctx);
    return {
      text: all
        .map((s) => `${s.key.padEnd(24)} ${s.value === '' ? '(not set)' : s.value}`)
        .join('\n'),
      json: Object.fromEntries(all.map((s) => [s.key, s.value])),
    };
  }
  if (verb === 'get' && key !== undefined && value === undefined) {
    const s = await getSetting(ctx, key);
    return { text: s.value, json: { key: s.key, value: s.value } };
  }
  if (verb === 'set' && key !== undefined && value !== undefined) {
    const s = await setSetting(ctx, key, value);
    return { text: `${s.key} = ${s.value}`, json: { key: s.key, value: s.value } };
  }
  throw invalidInput('usage: afterview settings [get KEY | set KEY VALUE]', 'settings');
}
