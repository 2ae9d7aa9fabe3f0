import { loadDemo } from '../../services/demo/demo.js';
import type { Invocation, Output } from '../spec.js';

export async function demo({ ctx }: Invocation): Promise<Output> {
  const r = await loadDemo(ctx);
  return {
    text: `Loaded the demo: ${r.applications} applications, ${r.interviews} interviews. Try: afterview today`,
    json: r,
  };
}
