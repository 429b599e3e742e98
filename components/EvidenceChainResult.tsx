import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { formatDateTime } from '@/utils/format/date-time';
import type { SealCheck } from '@/utils/evidence/check-seal';
import type { StoredEvidence } from '@/utils/evidence/stored-evidence';
import type { BadLink } from '@/utils/evidence/verify-chain';
import type { FindingRecord } from '@/utils/model/finding-record';
import type { Screenshot } from '@/utils/model/screenshot';
import type { Touchpoint } from '@/utils/model/touchpoint';

/** The outcome of a check, or where it stands. */
export type Verification =
  { state: 'checking' } | { state: 'failed' } | { state: 'checked'; check: SealCheck; evidence: StoredEvidence };

/** The records a bad link can name, as stored or as an export file carries them. */
export interface NamedRecords {
  touchpoints: readonly Pick<Touchpoint, 'id' | 'seq'>[];
  findings: readonly Pick<FindingRecord, 'id' | 'createdAt'>[];
  screenshots: readonly Pick<Screenshot, 'id' | 'takenAt'>[];
}

/** When the record a bad link names was recorded, to tell findings and screenshots apart in words. */
function recordedAt(bad: BadLink, evidence: NamedRecords): number | undefined {
  if (bad.kind === 'finding') return evidence.findings.find((f) => f.id === bad.id)?.createdAt;
  if (bad.kind === 'screenshot') return evidence.screenshots.find((s) => s.id === bad.id)?.takenAt;
  return undefined;
}

/** "touchpoint 7 differs": the record as the auditor knows it, by its number in the journey or its time. */
export function describeBadLink(t: Translate, locale: Locale, bad: BadLink | 'head', evidence: NamedRecords): string {
  if (bad === 'head') return t('evidenceBad.head');
  const touchpoint = evidence.touchpoints.find((tp) => tp.id === bad.id);
  const at = recordedAt(bad, evidence);
  return t(`evidenceBad.${bad.kind}-${bad.problem}`, {
    n: touchpoint ? touchpoint.seq + 1 : bad.index,
    time: at === undefined ? '' : formatDateTime(at, locale),
  });
}

function sentence(t: Translate, locale: Locale, verification: Verification): string {
  if (verification.state === 'checking') return t('evidence.checking');
  if (verification.state === 'failed') return t('evidence.checkFailed');
  const { check, evidence } = verification;
  if (check.state === 'unsealed') return t('evidence.unsealed');
  if (check.state === 'unchanged') {
    const endedAt = check.sealedAt ?? evidence.audit.finishedAt;
    return t('evidence.unchanged', { date: endedAt === undefined ? '–' : formatDateTime(endedAt, locale) });
  }
  return t('evidence.changed', { what: describeBadLink(t, locale, check.firstBadLink, evidence) });
}

interface Props {
  t: Translate;
  locale: Locale;
  verification: Verification | undefined;
}

/** What the last check found, in words a manager reads: unchanged since the walk, or what changed first. */
export function EvidenceChainResult({ t, locale, verification }: Props) {
  const changed = verification?.state === 'checked' && verification.check.state === 'changed';
  const unchanged = verification?.state === 'checked' && verification.check.state === 'unchanged';
  return (
    <p
      role="status"
      data-testid="evidence-verdict"
      className={
        changed
          ? 'font-semibold text-red-800 dark:text-red-300'
          : unchanged
            ? 'text-emerald-800 dark:text-emerald-300'
            : undefined
      }
    >
      {verification && sentence(t, locale, verification)}
    </p>
  );
}
