/** The user's notes, loaded once and kept current, for searching them beside the index. */
import { useEffect, useState } from 'react';
import { getNotes, watchUserDataChanges } from '../../lib/ext/user-data-store';
import type { Note } from '../../lib/storage/schema';

export function useNotes(): readonly Note[] {
  const [notes, setNotes] = useState<readonly Note[]>([]);
  useEffect(() => {
    let cancelled = false;
    const load = () => getNotes().then((loaded) => !cancelled && setNotes(loaded), () => undefined);
    void load();
    const stop = watchUserDataChanges((change) => {
      if (change.notes) void load();
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  return notes;
}
