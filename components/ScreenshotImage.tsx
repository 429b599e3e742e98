import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '@/utils/db/database';
import { useObjectUrl } from './use-object-url';

interface Props {
  screenshotId: string;
  /** The small copy for lists, or the full image. */
  size: 'thumbnail' | 'image';
  alt: string;
  /** Shown when the screenshot is not (or no longer) in the database. */
  missing: string;
  className?: string;
}

/**
 * A stored screenshot, by id, shown through an object URL that lives as long as the image shows it
 * (`useObjectUrl`).
 */
export function ScreenshotImage({ screenshotId, size, alt, missing, className }: Props) {
  const blob = useLiveQuery(
    async () => (await database().screenshots.get(screenshotId))?.[size] ?? null,
    [screenshotId, size],
  );
  const { image } = useObjectUrl(blob);
  if (blob === null) return <p className="text-xs text-slate-600 dark:text-slate-300">{missing}</p>;
  if (!blob) return null; // loading: a moment, no placeholder flash
  return <img ref={image} alt={alt} className={className} />;
}
