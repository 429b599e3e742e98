import { useState } from 'react';

/**
 * A value saved through the background (a command, then the database), shown as chosen at once: a controlled radio
 * or select would otherwise snap back to the saved value until the database answers. The choice shows while the
 * saved value is the one it was made over; when that changes (the choice arrived, or another page changed it), the
 * saved value shows again.
 */
export function usePendingValue<T>(saved: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T; over: T }>();
  const shown = pending && Object.is(pending.over, saved) ? pending.value : saved;
  return [shown, (value) => setPending({ value, over: saved })];
}
