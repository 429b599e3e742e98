import { useEffect, useState } from 'react';

interface Route {
  /** The audit opened now. */
  openId: string | undefined;
  /** The audit opened last, still set once it is closed again, so the list can give its row the focus back. */
  lastId: string | undefined;
}

/** The audit opened in the dashboard, kept in the URL's hash (`#/audit/<id>`) so Back and reload work. */
export function useOpenAudit(): [Route, (auditId: string | undefined) => void] {
  const read = () => /^#\/audit\/([\w-]+)$/.exec(location.hash)?.[1];
  const [route, setRoute] = useState<Route>(() => ({ openId: read(), lastId: read() }));
  useEffect(() => {
    const onHash = () =>
      setRoute((before) => {
        const openId = read();
        return { openId, lastId: openId ?? before.lastId };
      });
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const open = (id: string | undefined) => {
    location.hash = id ? `#/audit/${id}` : '';
  };
  return [route, open];
}

/** The URL's hash as it is now, renewed on every change (links, Back, a view setting it). */
export function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const onHash = () => setHash(location.hash);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return hash;
}

/** Shows the view a hash names; Back returns to the one before. */
export function goTo(hash: string): void {
  location.hash = hash;
}
