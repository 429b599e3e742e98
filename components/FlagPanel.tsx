import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { flagStateKey, parseFlagState } from '@/utils/background/flag-state';
import { FLAG_COMMAND } from '@/utils/background/flag-keyboard';
import { database } from '@/utils/db/database';
import type { Translate } from '@/utils/i18n/translate';
import { flagReplySchema, type FlagCommand, type FlagReply } from '@/utils/messages';
import type { Audit } from '@/utils/model/audit';
import { FlagForm, type FlagValues } from './FlagForm';
import { useCommandShortcut } from './use-command-shortcut';
import { useSessionValue } from './use-session-value';

interface Props {
  t: Translate;
  tabId: number;
  audit: Audit;
}

async function sendFlagCommand(command: FlagCommand): Promise<FlagReply> {
  const parsed = flagReplySchema.safeParse(await browser.runtime.sendMessage(command));
  return parsed.success ? parsed.data : { ok: false, error: 'invalid-message' };
}

/**
 * Flag it here, in the side panel: a button that starts the picker in the audited tab, what is happening while the
 * auditor picks, and the new flag's form once it is stored (with its screenshot), or why it could not be.
 */
export function FlagPanel({ t, tabId, audit }: Props) {
  // The tab's flag state as the background keeps it in `storage.session`, following its changes.
  const state = useSessionValue(flagStateKey(tabId), parseFlagState);
  const shortcut = useCommandShortcut(FLAG_COMMAND);
  const findingId = state?.status === 'ready' ? state.findingId : undefined;
  const finding = useLiveQuery(async () => (findingId ? database().findings.get(findingId) : undefined), [findingId]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const send = (command: FlagCommand, doneMessage?: string) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    void sendFlagCommand(command)
      .then((reply) => (reply.ok ? doneMessage && setDone(doneMessage) : setError(t(`flag.error.${reply.error}`))))
      .catch(() => setError(t('flag.error.invalid-message')))
      .finally(() => setBusy(false));
  };
  const save = (values: FlagValues) =>
    findingId && send({ type: 'flag/save', tabId, findingId, ...values }, t('flag.saved'));
  const discard = () => findingId && send({ type: 'flag/discard', tabId, findingId }, t('flag.discarded'));
  const shownError = state?.status === 'failed' ? t(`flag.error.${state.error}`) : error;

  return (
    <section className="space-y-2" aria-label={t('flag.start')}>
      {finding && state?.status === 'ready' ? (
        <FlagForm key={finding.id} t={t} finding={finding} busy={busy} onSave={save} onDiscard={discard} />
      ) : state?.status === 'picking' || state?.status === 'capturing' ? (
        <div className="flex items-start gap-2">
          <p role="status" className="flex-1 text-sm">
            {t(state.status === 'picking' ? 'flag.picking' : 'flag.capturing')}
          </p>
          {/* Also while capturing: a worker stopped mid-capture would otherwise leave the panel waiting. */}
          <button type="button" className="btn" onClick={() => send({ type: 'flag/cancel', tabId })}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        audit.status === 'active' && (
          <div>
            <button type="button" className="btn" disabled={busy} onClick={() => send({ type: 'flag/start', tabId })}>
              {t('flag.start')}
            </button>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
              {shortcut ? t('flag.shortcutHint', { keys: shortcut }) : t('flag.menuHint')}
            </p>
          </div>
        )
      )}
      {shownError && (
        <div
          role="alert"
          className="flex items-start gap-2 rounded-md bg-red-50 p-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
        >
          <p className="flex-1">{shownError}</p>
          {state?.status === 'failed' && (
            <button type="button" className="btn" onClick={() => send({ type: 'flag/cancel', tabId })}>
              {t('flag.dismiss')}
            </button>
          )}
        </div>
      )}
      <p role="status" className="text-sm">
        {done}
      </p>
    </section>
  );
}
