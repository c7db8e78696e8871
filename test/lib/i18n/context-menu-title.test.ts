import { describe, expect, it } from 'vitest';
import { contextMenuTitle } from '../../../lib/ext/context-menu-title';

describe('the context-menu item', () => {
  it('is titled in each UI language, with %s where the browser puts the selected text', () => {
    expect(contextMenuTitle('en')).toBe('Look up “%s” in TMT Lens');
    expect(contextMenuTitle('zh-CN')).toBe('在 TMT Lens 中查询“%s”');
  });
});
