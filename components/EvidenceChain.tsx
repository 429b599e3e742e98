import { useId, useState } from 'react';
import type { Audit } from '@/utils/model/audit';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { database } from '@/utils/db/database';
import { formatDateTime } from '@/utils/format/date-time';
import { checkStoredSeal } from '@/utils/evidence/stored-evidence';
import { EvidenceChainResult, type Verification } from './EvidenceChainResult';

interface Props {
  t: Translate;
  locale: Locale;
  audit: Audit;
}

/** The head's first and last characters: enough to compare by eye with a copy kept elsewhere. */
function shortened(head: string): string {
  return `${head.slice(0, 12)}…${head.slice(-8)}`;
}

/**
 * The audit's seal: the chain head (shortened, the whole value in a field to copy), and a check of the records stored
 * now against it. Mount it with a key that changes with the seal, so that an old result never describes a new seal.
 */
export function EvidenceChain({ t, locale, audit }: Props) {
  const id = useId();
  const [verification, setVerification] = useState<Verification>();
  const [copied, setCopied] = useState<'copied' | 'failed'>();
  const head = audit.chainHead;

  const verify = async () => {
    setVerification({ state: 'checking' });
    try {
      const checked = await checkStoredSeal(database(), audit.id);
      setVerification(checked ? { state: 'checked', ...checked } : { state: 'failed' });
    } catch (error) {
      console.error('Shopwalk could not check the evidence chain', error);
      setVerification({ state: 'failed' });
    }
  };

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      // The clipboard may be refused (no focus, a policy): the field below holds the value to copy by hand.
      setCopied('failed');
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2 text-sm" data-testid="evidence-chain">
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        {t('evidence.heading')}
      </h3>
      {audit.status !== 'finished' ? (
        <p>{t('evidence.notFinished')}</p>
      ) : head === undefined ? (
        <p>{t('evidence.unsealed')}</p>
      ) : (
        <>
          <p>
            {t('evidence.sealed', {
              date: formatDateTime(audit.sealedAt ?? audit.finishedAt ?? audit.updatedAt, locale),
            })}
          </p>
          <p>
            <span className="font-semibold text-slate-600 dark:text-slate-300">{t('evidence.head')}: </span>
            <code className="font-mono" title={head} data-testid="chain-head-short">
              {shortened(head)}
            </code>
          </p>
          <div className="flex flex-wrap items-center gap-2">
            <input
              id={`${id}-whole`}
              className="field min-w-0 flex-1 font-mono text-xs"
              aria-label={t('evidence.wholeHead')}
              readOnly
              value={head}
              onFocus={(e) => e.currentTarget.select()}
            />
            <button type="button" className="btn" onClick={() => void copy(head)}>
              {t('evidence.copy')}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => void verify()}>
              {t('evidence.verify')}
            </button>
          </div>
          <p role="status" className="text-xs empty:hidden">
            {copied && t(copied === 'copied' ? 'evidence.copied' : 'evidence.copyFailed')}
          </p>
          <EvidenceChainResult t={t} locale={locale} verification={verification} />
          <p className="text-xs text-slate-600 dark:text-slate-300">{t('evidence.caveat')}</p>
        </>
      )}
    </section>
  );
}
