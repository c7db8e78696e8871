/**
 * The merge rules for restoring a backup into what is already stored: restoring adds, it never
 * takes away. Imports are united by id (an import's id is a hash of its text, so the same id
 * is the same newsletter); notes are combined entry by entry (see combineNotes); the backup's
 * settings apply, with the sites turned off in either kept off; set-aside data is kept from both.
 */
import { combineNotes } from './notes';
import type { UserData } from './schema';

export function mergeUserData(current: UserData, restored: UserData): UserData {
  const importIds = new Set(current.imports.map((record) => record.id));
  const setAsideKeys = new Set(current.setAside.map((entry) => entry.key));
  return {
    settings: restored.settings
      ? {
          enabled: restored.settings.enabled,
          disabledSites: [...new Set([...(current.settings?.disabledSites ?? []), ...restored.settings.disabledSites])].sort(),
          // The backup's choice about imported names applies when it made one (older backups did not).
          ...(restored.settings.highlightImportedNames !== undefined ? { highlightImportedNames: restored.settings.highlightImportedNames } : {}),
          // Likewise the language: a backup that chose none leaves the current choice.
          ...(restored.settings.uiLanguage !== undefined
            ? { uiLanguage: restored.settings.uiLanguage }
            : current.settings?.uiLanguage !== undefined
              ? { uiLanguage: current.settings.uiLanguage }
              : {}),
        }
      : current.settings,
    notes: combineNotes(current.notes, restored.notes),
    imports: [...current.imports, ...restored.imports.filter((record) => !importIds.has(record.id))],
    setAside: [...current.setAside, ...restored.setAside.filter((entry) => !setAsideKeys.has(entry.key))],
  };
}
