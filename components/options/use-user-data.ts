/**
 * The user's stored data, kept current: repaired once when the options page opens (unreadable
 * values set aside, old formats migrated), then re-read after every change from any context.
 */
import { useEffect, useState } from 'react';
import { readUserData, repairStoredData, watchUserDataChanges, type UserDataState } from '../../lib/ext/user-data-store';

export type UserDataLoad =
  | { status: 'loading' }
  | { status: 'ready'; state: UserDataState }
  | { status: 'failed'; message: string };

export function useUserData(): UserDataLoad {
  const [load, setLoad] = useState<UserDataLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    let generation = 0;
    const refresh = (read: () => Promise<UserDataState>) => {
      const own = ++generation;
      read().then(
        (state) => {
          if (!cancelled && own === generation) setLoad({ status: 'ready', state });
        },
        (error: unknown) => {
          if (!cancelled && own === generation) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    refresh(repairStoredData);
    const stop = watchUserDataChanges(() => refresh(readUserData));
    return () => {
      cancelled = true;
      stop();
    };
  }, []);
  return load;
}
