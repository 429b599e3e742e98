import { useId } from 'react';
import type { Locale } from '@/utils/i18n/locale';
import type { Translate } from '@/utils/i18n/translate';
import type { Attachment } from '@/utils/model/attachment';
import { formatFileSize, isDrawnImage } from '@/utils/format/attachment-display';
import { useObjectUrl } from './use-object-url';

interface Props {
  t: Translate;
  locale: Locale;
  attachment: Attachment;
  /** Removes the file; without it the file is only shown. */
  onRemove?: () => void;
}

/** One file kept with a contact: a photo as a small picture that opens full size, any other file by name to download. */
export function AttachmentItem({ t, locale, attachment: a, onRemove }: Props) {
  const { link, image } = useObjectUrl(a.data);
  const nameId = useId();
  const size = formatFileSize(a.size, locale);
  return (
    <li className="flex items-center gap-2 text-xs" data-testid="attachment">
      {isDrawnImage(a.type) ? (
        <a ref={link} target="_blank" rel="noreferrer" title={`${a.name} (${size})`}>
          <img
            ref={image}
            alt={a.name}
            data-testid="attachment-thumbnail"
            className="h-16 w-16 rounded border border-slate-200 object-cover dark:border-slate-700"
          />
        </a>
      ) : (
        <span>
          <span id={nameId} className="font-medium break-all">
            {a.name}
          </span>{' '}
          <span className="text-slate-600 tabular-nums dark:text-slate-300">({size})</span>{' '}
          <a ref={link} className="underline" download={a.name} aria-describedby={nameId}>
            {t('attachment.download')}
          </a>
        </span>
      )}
      {onRemove && (
        <button type="button" className="btn px-2 py-0.5 text-xs" onClick={onRemove}>
          {t('attachment.remove', { name: a.name })}
        </button>
      )}
    </li>
  );
}
