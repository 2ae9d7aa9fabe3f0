/**
 * A deliberately small template language, enough for personal notes and safe to let users write:
 * `{{var}}`, `{{#var}}shown when var is not empty{{/var}}`, `{{^var}}shown when it is{{/var}}`.
 * No code, no loops, no HTML escaping (the output is plain text; the mail adapter escapes HTML).
 */

type Node =
  | { t: 'text'; s: string }
  | { t: 'var'; name: string }
  | { t: 'section'; name: string; inverted: boolean; body: Node[] };

const TAG = /\{\{\s*([#^/]?)\s*([a-z_][a-z0-9_]*)\s*\}\}/g;

export class TemplateSyntaxError extends Error {
  override name = 'TemplateSyntaxError';
}

/** Parses a template; throws TemplateSyntaxError on an unclosed or mismatched section. */
export function parseTemplate(src: string): Node[] {
  const root: Node[] = [];
  const stack: { name: string; body: Node[] }[] = [];
  let out = root;
  let last = 0;
  for (const m of src.matchAll(TAG)) {
    const [whole, sigil = '', name = ''] = m;
    if (m.index > last) out.push({ t: 'text', s: src.slice(last, m.index) });
    last = m.index + whole.length;
    if (sigil === '') {
      out.push({ t: 'var', name });
    } else if (sigil === '/') {
      const open = stack.pop();
      if (open?.name !== name) {
        throw new TemplateSyntaxError(`{{/${name}}} closes a section that is not open`);
      }
      out = stack.length === 0 ? root : (stack[stack.length - 1]?.body ?? root);
    } else {
      const section: Node = { t: 'section', name, inverted: sigil === '^', body: [] };
      out.push(section);
      stack.push({ name, body: section.body });
      out = section.body;
    }
  }
  const unclosed = stack.pop();
  if (unclosed !== undefined)
    throw new TemplateSyntaxError(`{{#${unclosed.name}}} is never closed`);
  if (last < src.length) out.push({ t: 'text', s: src.slice(last) });
  return root;
}

/** The variable names a template uses, for validation against the known ones. */
export function templateVariables(src: string): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: Node[]): void => {
    for (const n of nodes) {
      if (n.t === 'var') names.add(n.name);
      if (n.t === 'section') {
        names.add(n.name);
        walk(n.body);
      }
    }
  };
  walk(parseTemplate(src));
  return names;
}

/**
 * Fills a template. An unknown variable is left as `{{name}}` so the note check reports it as a
 * placeholder instead of the text silently losing a word.
 */
export function renderTemplate(src: string, vars: Readonly<Record<string, string>>): string {
  const walk = (nodes: Node[]): string =>
    nodes
      .map((n) => {
        switch (n.t) {
          case 'text':
            return n.s;
          case 'var': {
            const v = vars[n.name];
            return v === undefined ? `{{${n.name}}}` : v;
          }
          case 'section': {
            const on = (vars[n.name] ?? '') !== '';
            return on !== n.inverted ? walk(n.body) : '';
          }
        }
      })
      .join('');
  return tidy(walk(parseTemplate(src)));
}

/** Removes the gaps an empty section leaves: doubled spaces, space before punctuation, blank runs. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,.;:!?])/g, '$1')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
