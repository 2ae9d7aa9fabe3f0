import type { FindingJson } from '../api/types.js';
import { humanize } from '../lib/format.js';
import { findingWords } from '../lib/wording.js';

interface Props {
  findings: readonly FindingJson[] | null;
  /** Puts the cursor on a finding's span in its field. */
  onShow: (f: FindingJson) => void;
}

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** The note check's findings in words, most serious first, each able to point at its text. */
export function Findings({ findings, onShow }: Props) {
  if (findings === null) {
    return (
      <p className="muted" role="status">
        Checking the note…
      </p>
    );
  }
  if (findings.length === 0) {
    return (
      <p className="check-clean" role="status">
        Check: no problems found.
      </p>
    );
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...findings].sort(
    (a, b) => order[a.severity] - order[b.severity] || a.start - b.start,
  );
  return (
    <ul className="findings" aria-label="Check findings">
      {sorted.map((f, i) => (
        <li
          key={`${f.rule}-${String(f.start)}-${String(i)}`}
          className={`finding finding-${f.severity}`}
        >
          <span className={`sev sev-${f.severity}`}>{SEVERITY[f.severity]}</span>{' '}
          <span className="finding-rule">{humanize(f.rule)}</span>: {findingWords(f)}
          {f.end > f.start &&
            (f.field === 'body' || f.field === 'voicemail' || f.field === 'subject') && (
              <>
                {' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    onShow(f);
                  }}
                >
                  Show in {f.field}
                </button>
              </>
            )}
        </li>
      ))}
    </ul>
  );
}
