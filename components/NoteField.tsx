import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  /** The id of what the note is about (a touchpoint's title), read out with the label: many notes share it. */
  describedBy?: string;
  value: string;
  onSave: (note: string) => void;
}

/** A note that saves itself shortly after typing stops and when the field loses focus, so nothing is lost. */
export function NoteField({ label, describedBy, value, onSave }: Props) {
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value); // another page edited it; follow unless the auditor is typing here
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const save = (note: string) => {
    clearTimeout(timer.current);
    if (note !== value) onSave(note);
  };
  return (
    <textarea
      aria-label={label}
      aria-describedby={describedBy}
      className="field mt-1 min-h-8 resize-y text-xs"
      rows={1}
      maxLength={10_000}
      value={draft}
      placeholder={label}
      onFocus={() => (editing.current = true)}
      onChange={(e) => {
        const note = e.target.value;
        setDraft(note);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => save(note), 500);
      }}
      onBlur={() => {
        editing.current = false;
        save(draft);
      }}
    />
  );
}
