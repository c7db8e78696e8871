import { describe, expect, it } from 'vitest';
import { mergeUserData } from '../../../lib/storage/merge-user-data';
import { EMPTY_USER_DATA, type UserData } from '../../../lib/storage/schema';
import { LATER, makeImport, makeNote, NOW } from './fixtures';

describe('restoring merges, it never takes away', () => {
  it('restores everything into an empty store', () => {
    const backup: UserData = { settings: { enabled: false, disabledSites: ['a.com'] }, notes: [makeNote()], imports: [makeImport()], setAside: [] };
    expect(mergeUserData(EMPTY_USER_DATA, backup)).toEqual(backup);
  });

  it('keeps what is stored and adds what the backup has', () => {
    const current: UserData = {
      settings: { enabled: true, disabledSites: ['b.com'] },
      notes: [makeNote({ entryId: 'authority:cac', entryName: 'CAC', entryType: 'authority', text: 'Kept.' })],
      imports: [makeImport()],
      setAside: [{ key: 'setAside:notes:1', record: { version: 1, from: 'notes', reason: 'r', at: NOW, value: 1 } }],
    };
    const backup: UserData = {
      settings: { enabled: false, disabledSites: ['a.com'] },
      notes: [makeNote({ text: 'Restored.', updatedAt: LATER })],
      imports: [makeImport()],
      setAside: [{ key: 'setAside:notes:1', record: { version: 1, from: 'notes', reason: 'r', at: NOW, value: 1 } }],
    };
    const merged = mergeUserData(current, backup);
    expect(merged.settings).toEqual({ enabled: false, disabledSites: ['a.com', 'b.com'] });
    expect(merged.notes.map((note) => note.text)).toEqual(['Kept.', 'Restored.']);
    expect(merged.imports).toHaveLength(1);
    expect(merged.setAside).toHaveLength(1);
  });

  it('keeps the stored settings when the backup has none', () => {
    const current: UserData = { ...EMPTY_USER_DATA, settings: { enabled: false, disabledSites: [] } };
    expect(mergeUserData(current, EMPTY_USER_DATA).settings).toEqual({ enabled: false, disabledSites: [] });
  });

  it('takes the backup’s choice about imported names when it made one, else leaves them off', () => {
    const on: UserData = { ...EMPTY_USER_DATA, settings: { enabled: true, disabledSites: [], highlightImportedNames: true } };
    const older: UserData = { ...EMPTY_USER_DATA, settings: { enabled: true, disabledSites: [] } };
    const off: UserData = { ...EMPTY_USER_DATA, settings: { enabled: true, disabledSites: [], highlightImportedNames: false } };
    expect(mergeUserData(older, on).settings?.highlightImportedNames).toBe(true);
    expect(mergeUserData(on, off).settings?.highlightImportedNames).toBe(false);
    expect(mergeUserData(on, older).settings?.highlightImportedNames).toBeUndefined();
  });

  it('takes the backup’s language when it chose one, else keeps the current choice', () => {
    const chinese: UserData = { ...EMPTY_USER_DATA, settings: { enabled: true, disabledSites: [], uiLanguage: 'zh-CN' } };
    const english: UserData = { ...EMPTY_USER_DATA, settings: { enabled: true, disabledSites: [], uiLanguage: 'en' } };
    const older: UserData = { ...EMPTY_USER_DATA, settings: { enabled: true, disabledSites: [] } };
    expect(mergeUserData(english, chinese).settings?.uiLanguage).toBe('zh-CN');
    expect(mergeUserData(chinese, older).settings?.uiLanguage).toBe('zh-CN');
    expect(mergeUserData(older, older).settings?.uiLanguage).toBeUndefined();
  });
});
