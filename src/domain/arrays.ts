/**
 * Maps an array onto itself and returns it, retyped: each element is garbage as soon as its
 * replacement exists. For lists of thousands of rows on their way to JSON (rows → views →
 * presented objects), where `map` would hold two whole copies through the garbage collections
 * that building the second one triggers. The caller gives up `xs`.
 */
export function mapInPlace<T, U>(xs: T[], f: (x: T) => U): U[] {
  const out = xs as unknown as U[];
  for (let i = 0; i < xs.length; i++) out[i] = f(xs[i] as T);
  return out;
}
