/**
 * How entry views ask the panel to show another entry, without threading a callback
 * through every list and link.
 */
import { createContext, useContext } from 'react';

export interface EntryNavigation {
  openEntry(id: string): void;
}

export const EntryNavigationContext = createContext<EntryNavigation>({ openEntry: () => undefined });

export function useEntryNavigation(): EntryNavigation {
  return useContext(EntryNavigationContext);
}
