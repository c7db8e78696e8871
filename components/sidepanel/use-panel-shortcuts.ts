/**
 * Panel-wide keys: Alt+← and Alt+→ for back and forward (as in a browser), and "/" to jump
 * to the search box (as on many sites). Ignored while typing, except Alt+arrows outside text fields.
 */
import { useEffect, useEffectEvent } from 'react';

interface Shortcuts {
  back(): void;
  forward(): void;
  focusSearch(): void;
}

export function usePanelShortcuts(shortcuts: Shortcuts): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTyping(event.target)) return;
    if (event.altKey && event.key === 'ArrowLeft') {
      event.preventDefault();
      shortcuts.back();
    } else if (event.altKey && event.key === 'ArrowRight') {
      event.preventDefault();
      shortcuts.forward();
    } else if (event.key === '/' && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      shortcuts.focusSearch();
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
