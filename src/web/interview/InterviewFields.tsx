import type { INTERVIEW_KINDS } from '../../domain/types.js';
import { Field, TextInput } from '../components/Field.js';
import type { InterviewForm } from './form.js';

/** The domain's interview kinds, checked by type (the web may import the domain's types only). */
const KINDS = [
  'phone',
  'video',
  'onsite',
  'technical',
  'panel',
  'final',
] as const satisfies typeof INTERVIEW_KINDS;
const KIND_LABEL: Record<(typeof KINDS)[number], string> = {
  phone: 'Phone',
  video: 'Video',
  onsite: 'On site',
  technical: 'Technical',
  panel: 'Panel',
  final: 'Final',
};

interface Props {
  form: InterviewForm;
  onChange: (f: InterviewForm) => void;
  error: unknown;
  /** The `timezone` setting the times are read in. */
  zone?: string;
}

/** The interview's fields; every one has a label, a hint where the format matters, and its error. */
export function InterviewFields({ form, onChange, error, zone }: Props) {
  const set =
    <K extends keyof InterviewForm>(k: K) =>
    (v: InterviewForm[K]) => {
      onChange({ ...form, [k]: v });
    };
  const input = (
    k: 'at' | 'duration' | 'location' | 'decision_by' | 'follow_up_on',
    label: string,
    type: string,
    hint?: string,
  ) => (
    <TextInput
      label={label}
      name={k}
      error={error}
      hint={hint}
      type={type}
      required={k === 'at'}
      value={form[k]}
      onValue={set(k)}
    />
  );
  const area = (
    k: 'interviewers' | 'topics' | 'next_steps' | 'owe' | 'notes',
    label: string,
    hint?: string,
  ) => (
    <TextInput
      label={label}
      name={k}
      error={error}
      hint={hint}
      rows={k === 'notes' ? 3 : 2}
      value={form[k]}
      onValue={set(k)}
    />
  );
  return (
    <>
      <div className="field-row">
        {input(
          'at',
          'When it started',
          'datetime-local',
          zone === undefined ? 'In your time zone (Settings).' : `Your time zone: ${zone}.`,
        )}
        {input('duration', 'How long', 'text', 'e.g. 45m or 1h30m')}
      </div>
      <Field label="Kind" name="kind" error={error}>
        {({ id, describedBy }) => (
          <select
            id={id}
            value={form.kind}
            aria-describedby={describedBy}
            onChange={(e) => {
              set('kind')(e.target.value);
            }}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {input('location', 'Where', 'text', 'An address or a meeting link')}
      {area(
        'interviewers',
        'Interviewers',
        'One per line, as Name <email>: each gets their own thank-you note.',
      )}
      {area('topics', 'What you talked about', 'One topic per line: notes mention one of them.')}
      {area(
        'next_steps',
        'Next steps they described',
        'Did you ask when to follow up? (seeds 001, 004)',
      )}
      <div className="field-row">
        {input('decision_by', 'They decide by', 'date')}
        {input('follow_up_on', 'Follow up on', 'date', 'The date they gave you, if any')}
      </div>
      {area('owe', 'Documents you promised', 'One per line, e.g. references')}
      <div className="field field-check">
        <input
          id="interview-late"
          type="checkbox"
          checked={form.late}
          onChange={(e) => {
            set('late')(e.target.checked);
          }}
        />
        <label htmlFor="interview-late">
          I arrived late (the thank-you will thank them for their patience)
        </label>
      </div>
      {area('notes', 'Notes')}
    </>
  );
}
