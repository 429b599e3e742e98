import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { addAttachment, attachmentsOf, removeAttachment } from '@/utils/db/attachments';
import { database } from '@/utils/db/database';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import { MAX_ATTACHMENT_BYTES } from '@/utils/model/attachment';
import { AttachmentItem } from './AttachmentItem';
import { formatFileSize } from '@/utils/format/attachment-display';

interface Props {
  t: Translate;
  locale: Locale;
  touchpointId: string;
  /** The id of the contact's title: every contact has its own "Add files". */
  describedBy: string;
  /** Offer adding and removing files; without it the files are only shown. */
  editable: boolean;
}

/** The files kept as evidence of one contact off the web: photos, an e-mail as PDF, a letter scanned. */
export function AttachmentList({ t, locale, touchpointId, describedBy, editable }: Props) {
  const db = database();
  const id = useId();
  const attachments = useLiveQuery(() => attachmentsOf(db, touchpointId), [touchpointId]);
  const [refused, setRefused] = useState<string[]>([]);
  const max = formatFileSize(MAX_ATTACHMENT_BYTES, locale);

  const add = async (files: readonly File[]) => {
    const messages: string[] = [];
    for (const file of files) {
      const added = await addAttachment(db, touchpointId, file, Date.now());
      if (!added.ok) messages.push(t(`attachment.error.${added.error}`, { name: file.name, max }));
    }
    setRefused(messages);
  };

  if (!attachments || (!editable && attachments.length === 0)) return null;
  return (
    <div className="mt-1 space-y-1">
      {attachments.length > 0 && (
        <ul className="flex flex-wrap items-center gap-2" aria-label={t('attachment.label')}>
          {attachments.map((a) => (
            <AttachmentItem
              key={a.id}
              t={t}
              locale={locale}
              attachment={a}
              onRemove={editable ? () => void removeAttachment(db, a.id) : undefined}
            />
          ))}
        </ul>
      )}
      {editable && (
        <div className="flex flex-wrap items-center gap-2">
          {/* The file input is the real control, hidden visually inside its label, as in ImportButton. */}
          <label className="btn relative cursor-pointer px-2 py-0.5 text-xs">
            <input
              type="file"
              multiple
              className="sr-only"
              aria-describedby={`${describedBy} ${id}-hint`}
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = ''; // the same file can be picked again
                void add(files);
              }}
            />
            {t('attachment.add')}
          </label>
          <span id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-300">
            {t('attachment.hint', { max })}
          </span>
        </div>
      )}
      {refused.length > 0 && (
        <div role="alert" className="text-xs text-red-700 dark:text-red-300">
          {refused.map((message, i) => (
            <p key={i}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
