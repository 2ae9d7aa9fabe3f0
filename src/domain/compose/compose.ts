import { TemplateSyntaxError, renderTemplate, templateVariables } from './render.js';
import { claimsOf } from './claims.js';
import type { Composed, ComposeFacts, Template } from './types.js';
import { TEMPLATE_VARIABLES, templateVars } from './vars.js';

/** Fills a template from the facts of one interview and recipient. Pure. */
export function compose(
  t: Pick<Template, 'id' | 'subject' | 'body' | 'voicemail'>,
  facts: ComposeFacts,
): Composed {
  const vars = templateVars(facts);
  const body = renderTemplate(t.body, vars);
  return {
    templateId: t.id,
    // A subject is one line whatever the template did with sections.
    subject: renderTemplate(t.subject, vars).replace(/\s+/g, ' '),
    body,
    claims: claimsOf(body, facts, vars),
    voicemail:
      facts.channel === 'phone' && t.voicemail !== null ? renderTemplate(t.voicemail, vars) : null,
  };
}

/**
 * What is wrong with a template the user wrote: syntax errors and unknown variables, as
 * messages. Empty when it is fine.
 */
export function templateProblems(t: {
  subject: string;
  body: string;
  voicemail: string | null;
}): string[] {
  const problems: string[] = [];
  const parts: [string, string | null][] = [
    ['subject', t.subject],
    ['body', t.body],
    ['voicemail', t.voicemail],
  ];
  for (const [field, src] of parts) {
    if (src === null) continue;
    try {
      for (const name of templateVariables(src)) {
        if (!Object.hasOwn(TEMPLATE_VARIABLES, name)) {
          problems.push(
            `${field}: unknown variable {{${name}}} (known: ${Object.keys(TEMPLATE_VARIABLES).join(', ')})`,
          );
        }
      }
    } catch (e) {
      if (!(e instanceof TemplateSyntaxError)) throw e;
      problems.push(`${field}: ${e.message}`);
    }
  }
  if (t.body.trim() === '') problems.push('body: must not be empty');
  return problems;
}
