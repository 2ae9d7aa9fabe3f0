import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past the data that survived the last full collection,
 * in percent, while `serve` runs.
 *
 * V8 picks that factor from the machine's memory: with a few GB it allows up to 4×, tuned for
 * batch throughput. The server runs all day beside the browser with ~20 MB of live data, and
 * requests that build large answers promote short-lived data; at 4× its heap settled at ~100 MB
 * committed for ~20 MB live, most of the RSS over the 150 MB budget (issue 17). At 30% the old
 * generation stays within a few MB of the live data and the server's CPU per request is the same
 * (docs/speed.md).
 */
export const HEAP_GROWING_PERCENT = 30;

/**
 * Applies HEAP_GROWING_PERCENT to this process. V8 reads this flag at every full collection, so
 * setting it after start-up takes effect; the young generation's size is fixed at start-up and is
 * left as it is.
 */
export function keepHeapNearLiveData(): void {
  setFlagsFromString(`--heap-growing-percent=${String(HEAP_GROWING_PERCENT)}`);
}
