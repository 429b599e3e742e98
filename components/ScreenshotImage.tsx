import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { database } from '@/utils/db/database';

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
 * A stored screenshot, by id. The Blob is shown through an object URL, which is revoked when the image changes or
 * the component goes, so that a long list of findings does not keep every image in memory.
 */
export function ScreenshotImage({ screenshotId, size, alt, missing, className }: Props) {
  const blob = useLiveQuery(
    async () => (await database().screenshots.get(screenshotId))?.[size] ?? null,
    [screenshotId, size],
  );
  const image = useRef<HTMLImageElement>(null);
  // The object URL lives exactly as long as this image shows this Blob (StrictMode's second mount makes a new one).
  useEffect(() => {
    const img = image.current;
    if (!img || !blob) return;
    const url = URL.createObjectURL(blob);
    img.src = url;
    return () => {
      img.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  if (blob === null) return <p className="text-xs text-slate-600 dark:text-slate-300">{missing}</p>;
  if (!blob) return null; // loading: a moment, no placeholder flash
  return <img ref={image} alt={alt} className={className} />;
}
