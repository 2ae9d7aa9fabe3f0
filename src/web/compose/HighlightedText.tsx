import { useRef, type Ref } from 'react';
import type { FindingJson } from '../api/types.js';
import { segments } from './segments.js';

interface Props {
  id: string;
  value: string;
  onChange: (v: string) => void;
  /** Findings for this field, with offsets into `value`; null while the text is being checked. */
  findings: readonly FindingJson[] | null;
  rows?: number;
  describedBy?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * A textarea with the note check's findings marked in the text itself. The marks live in a
 * backdrop behind a transparent textarea with the same font and box, so the user edits plain
 * text (no contenteditable, no HTML from the note ever parsed) while seeing what to fix. The
 * backdrop is hidden from assistive technology; the findings list below the editor says the same
 * in words.
 */
export function HighlightedText({
  id,
  value,
  onChange,
  findings,
  rows = 12,
  describedBy,
  ref,
}: Props) {
  const backdrop = useRef<HTMLDivElement>(null);
  const parts = segments(value, findings ?? []);
  return (
    <div className="hl">
      <div className="hl-backdrop" ref={backdrop} aria-hidden="true">
        {parts.map((p, i) =>
          p.severity === null ? (
            <span key={i}>{p.text}</span>
          ) : (
            <mark key={i} className={`hl-${p.severity}`}>
              {p.text}
            </mark>
          ),
        )}
        {/* A trailing newline needs a character after it to take up its line, as in the textarea. */}
        {'\u200b'}
      </div>
      <textarea
        id={id}
        ref={ref}
        className="hl-input"
        rows={rows}
        value={value}
        spellCheck
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(e.target.value);
        }}
        onScroll={(e) => {
          if (backdrop.current !== null) backdrop.current.scrollTop = e.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}
