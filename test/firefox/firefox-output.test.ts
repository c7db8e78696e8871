import { describe, expect, it } from 'vitest';
import { isPageOrExtensionError } from './firefox';

// The lines below are as Firefox ESR 153 printed them in the Firefox tests' runs.
describe('which lines of Firefox output count as errors of the add-on or the page', () => {
  it('counts console errors, the add-on’s warnings, and script errors of the add-on and the fixture pages', () => {
    expect(isPageOrExtensionError('console.error: "probe-error" ({a:1})')).toBe(true);
    expect(isPageOrExtensionError('console.warn: "TMT Lens: could not open the side panel" (new Error("x"))')).toBe(true);
    expect(isPageOrExtensionError('JavaScript error: moz-extension://5f0c3f8e-2d1a-4b6c-9e7f-0a1b2c3d4e5f/popup.html, line 1: Error: probe-throw')).toBe(true);
    expect(isPageOrExtensionError('JavaScript error: http://127.0.0.1:40123/article.html, line 3: TypeError: x is null')).toBe(true);
  });

  it('leaves out Firefox’s own script errors and other output', () => {
    expect(isPageOrExtensionError('JavaScript error: resource:///modules/backup/BackupService.sys.mjs, line 4408: NotAllowedError: PathUtils.join')).toBe(false);
    expect(isPageOrExtensionError('JavaScript error: chrome://remote/content/shared/NavigationManager.sys.mjs, line 439: TypeError')).toBe(false);
    expect(isPageOrExtensionError('console.warn: "probe-warn"')).toBe(false);
    expect(isPageOrExtensionError('WebDriver BiDi listening on ws://127.0.0.1:43839')).toBe(false);
  });
});
