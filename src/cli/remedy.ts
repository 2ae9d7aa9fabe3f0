import type { Remedy } from '../domain/errors.js';

/**
 * A remedy (what the user can do about an error or a finding, as data) worded for a terminal
 * user: the command to run. The web app words the same remedies as fields and buttons.
 */
export function remedyCommand(r: Remedy): string {
  const msg = (id: number | null): string => (id === null ? 'MESSAGE' : String(id));
  switch (r.do) {
    case 'edit_message':
      return r.field === 'to'
        ? `afterview outbox edit ${msg(r.message_id)} --to "Name <email>"`
        : `afterview outbox edit ${msg(r.message_id)} --address "street; city"`;
    case 'force_send':
      return `afterview send ${r.message_id} --force --reason R`;
    case 'confirm_or_resend':
      return `afterview outbox confirm ${r.message_id} if it arrived, or afterview send ${r.message_id} --resend`;
    case 'review_outbox':
      return 'afterview outbox';
    case 'set_setting':
      return `afterview settings set ${r.keys[0] ?? ''} ${r.example ?? '…'}`;
    case 'save_eml':
      return `afterview send ${r.message_id} --via eml`;
    case 'debrief':
      return `afterview debrief ${r.interview_id}`;
    case 'add_template':
      return `afterview templates add --kind ${r.kind}`;
    case 'copy_template':
      return `afterview templates add --from ${r.template_id}`;
    case 'add_word':
      return `afterview settings set spelling.words "…,${r.word}"`;
  }
}

/** A message with the remedy's command after it, on one line. */
export function withRemedy(message: string, remedy: Remedy | undefined): string {
  return remedy === undefined ? message : `${message} (${remedyCommand(remedy)})`;
}
