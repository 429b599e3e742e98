import { useId } from 'react';
import type { Translate } from '@/utils/i18n/translate';
import type { OffWebError } from '@/utils/db/off-web';
import type { TimeInputs } from '@/utils/recording/off-web-time-inputs';

interface Props {
  t: Translate;
  inputs: TimeInputs;
  /** What is wrong with the times as typed (or as the database refused them), shown beside the fields. */
  problem: OffWebError | undefined;
  onChange: (inputs: TimeInputs) => void;
}

/** Which inputs a problem is about: those are marked invalid, so the message is heard where the mistake is. */
const INVOLVED: Record<OffWebError, readonly (keyof TimeInputs)[]> = {
  'answer-before-start': ['started', 'answered'],
  'end-before-start': ['started', 'ended'],
  'end-before-answer': ['answered', 'ended'],
  'in-future': ['started', 'answered', 'ended'],
  'not-found': [],
};

/**
 * When a contact began, was answered and ended, in the user's time zone to the second. Only the start is needed:
 * an e-mail may still wait for its answer, a call may still go on.
 */
export function OffWebTimeFields({ t, inputs, problem, onChange }: Props) {
  const id = useId();
  const errorId = `${id}-problem`;
  const field = (name: keyof TimeInputs, label: string) => {
    const invalid = problem !== undefined && INVOLVED[problem].includes(name) && inputs[name] !== '';
    return (
      <div>
        <label className="label" htmlFor={`${id}-${name}`}>
          {label}
        </label>
        <input
          id={`${id}-${name}`}
          type="datetime-local"
          step={1}
          className="field"
          value={inputs[name]}
          required={name === 'started'}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => onChange({ ...inputs, [name]: e.target.value })}
        />
      </div>
    );
  };
  return (
    <div className="space-y-2">
      {field('started', t('offWeb.started'))}
      {field('answered', t('offWeb.answered'))}
      {field('ended', t('offWeb.ended'))}
      {/* Always in the page, so that a problem appearing while the auditor types is announced. */}
      <p id={errorId} aria-live="polite" className="text-sm text-red-700 empty:hidden dark:text-red-300">
        {problem && t(`offWeb.problem.${problem}`)}
      </p>
    </div>
  );
}
