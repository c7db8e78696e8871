/** The user's notes, loaded once and kept current, for searching them beside the index. */
import { useEffect, useState } from 'react';
import { followNotes } from '../../lib/ext/user-data-store';
import type { Note } from '../../lib/storage/schema';

export function useNotes(): readonly Note[] {
  const [notes, setNotes] = useState<readonly Note[]>([]);
  // Notes that cannot be read leave the search with the index's results alone.
  useEffect(() => followNotes(({ notes: loaded }) => setNotes(loaded), () => undefined), []);
  return notes;
}
