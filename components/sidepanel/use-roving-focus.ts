/**
 * Roving focus over the buttons of a list: the list is one Tab stop (the last button used,
 * or the first), and the arrow keys, Home and End move between its buttons. Enter and Space
 * are the buttons' own. The buttons are found in the DOM in document order, so items may
 * hold one button or several ("Open", "Expand").
 */
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

export function useRovingFocus<T extends HTMLElement>(itemsKey: string) {
  const container = useRef<T>(null);
  const current = useRef(0);

  const buttons = useCallback((): HTMLButtonElement[] => [...(container.current?.querySelectorAll('button') ?? [])], []);

  const settle = useCallback(
    (index: number) => {
      const all = buttons();
      current.current = Math.min(Math.max(index, 0), Math.max(all.length - 1, 0));
      all.forEach((button, at) => (button.tabIndex = at === current.current ? 0 : -1));
      return all[current.current];
    },
    [buttons],
  );

  // After every change of the items, exactly one button is in the Tab order.
  useLayoutEffect(() => {
    settle(current.current);
  }, [itemsKey, settle]);

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const all = buttons();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    let next: number | undefined;
    if (NEXT.has(event.key)) next = Math.min(at + 1, all.length - 1);
    else if (PREVIOUS.has(event.key)) next = Math.max(at - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    settle(next)?.focus();
  };

  /** A button focused another way (a click, a screen reader) becomes the list's Tab stop. */
  const onFocus = (event: React.FocusEvent<T>) => {
    const target: EventTarget = event.target;
    const at = buttons().findIndex((button) => button === target);
    if (at >= 0 && at !== current.current) settle(at);
  };

  return { container, onKeyDown, onFocus };
}
