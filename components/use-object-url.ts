import { useEffect, useRef } from 'react';

/**
 * Shows a stored Blob through an object URL set on the link (`href`) and the image (`src`) that need it, revoked
 * when the Blob changes or the component goes, so that a long list of screenshots or photos does not keep every one
 * in memory. Set from an effect, not rendered, so that StrictMode's second mount makes (and revokes) its own.
 */
export function useObjectUrl(blob: Blob | null | undefined) {
  const link = useRef<HTMLAnchorElement>(null);
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const [a, img] = [link.current, image.current];
    if (!blob || (!a && !img)) return;
    const url = URL.createObjectURL(blob);
    a?.setAttribute('href', url);
    img?.setAttribute('src', url);
    return () => {
      a?.removeAttribute('href');
      img?.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return { link, image };
}
