import { useEffect } from 'react';

/** Names the page in its tab, in the history and in a screen reader's list of windows, in the page's language. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
