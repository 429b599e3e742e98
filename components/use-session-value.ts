import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * A value the background keeps in `storage.session`, validated by `parse` (a stable function: a module's own),
 * following its changes; undefined while it is read, and when it is absent or malformed.
 */
export function useSessionValue<T>(key: string, parse: (value: unknown) => T | undefined): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    void browser.storage.session.get(key).then((items) => live && setValue(parse(items[key])));
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (key in changes) setValue(parse(changes[key]!.newValue));
    };
    browser.storage.session.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.session.onChanged.removeListener(onChanged);
    };
  }, [key, parse]);
  return value;
}
