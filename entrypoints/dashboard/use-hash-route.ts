import { useEffect, useState } from 'react';

/** The audit opened in the dashboard, kept in the URL's hash (`#/audit/<id>`) so Back and reload work. */
export function useOpenAudit(): [string | undefined, (auditId: string | undefined) => void] {
  const read = () => /^#\/audit\/([\w-]+)$/.exec(location.hash)?.[1];
  const [auditId, setAuditId] = useState(read);
  useEffect(() => {
    const onHash = () => setAuditId(read());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const open = (id: string | undefined) => {
    location.hash = id ? `#/audit/${id}` : '';
  };
  return [auditId, open];
}
