import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/**
 * The keys a command of the manifest is bound to now, as the browser shows them ("Alt+Shift+X"): the user may have
 * changed them, and the browser leaves a suggested key unbound when something else has it. Empty when unbound.
 */
export function useCommandShortcut(name: string): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    let live = true;
    browser.commands
      .getAll()
      .then((commands) => live && setShortcut(commands.find((c) => c.name === name)?.shortcut ?? ''))
      .catch((e: unknown) => console.warn('Shopwalk: could not read the keyboard shortcuts', e));
    return () => {
      live = false;
    };
  }, [name]);
  return shortcut;
}
