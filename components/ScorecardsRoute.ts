import { useEffect, useState } from 'react';

export const SCORECARDS_HASH = '#/scorecards';

/** Whether the dashboard shows its Scorecards view (`#/scorecards`), so that Back and reload keep it. */
export function useScorecardsRoute(): boolean {
  const [shown, setShown] = useState(() => location.hash === SCORECARDS_HASH);
  useEffect(() => {
    const onHash = () => setShown(location.hash === SCORECARDS_HASH);
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return shown;
}
