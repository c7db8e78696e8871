import { describe, expect, it } from 'vitest';
import { cardMessages, cardTranslator } from '../../../lib/card/card-messages';
import { cardViewOf, type CardI18n } from '../../../lib/card/card-view';
import type { CardContent } from '../../../lib/card/request-protocol';
import { loadMessageTable } from '../../../lib/i18n/message-tables';
import { flattenMessages } from '../../../lib/i18n/translate';
import { UI_LANGUAGES, type UiLanguage } from '../../../lib/i18n/ui-language';
import type { EntryCard } from '../../../lib/messages';

const i18n = (language: UiLanguage): CardI18n => ({ language, t: cardTranslator(language) });
const en = i18n('en');
const zh = i18n('zh-CN');

const document: EntryCard = {
  id: 'document:measures-a',
  type: 'document',
  name: 'Measures A',
  kind: 'departmental_rule',
  rankZh: '部门规章',
  nameZh: '甲办法',
  issuer: 'CAC',
  validity: 'in_force',
  date: { kind: 'issued', iso: '2024-05-07' },
  summary: 'What A does.',
  reference: true,
};
const authority: EntryCard = { id: 'authority:cac', type: 'authority', name: 'Cyberspace Administration of China', kind: 'regulator', nameZh: '国家互联网信息办公室', summary: '', hub: { level: 'national', issued: 3 } };
const caseNumber: EntryCard = { id: 'case:number-2022-x', type: 'case', name: '（2022）京0105民初1号', summary: 'Civil case of first instance accepted in 2022.', caseNumber: true };

/** Every text a view holds: none may be a message key that the card's table lacks. */
const texts = (view: ReturnType<typeof cardViewOf>) => [view.label, view.heading, view.name, view.note, view.meta, view.summary, view.error, view.open?.label].filter((text) => text !== undefined);

describe('the hover card in the UI language', () => {
  it('words a document in English as the side panel does, keeping its own words', () => {
    const view = cardViewOf(en, { entry: document, note: { via: 'variant', written: 'the Measures' }, canOpen: true });
    expect(view).toEqual({
      type: 'document',
      label: 'Measures A',
      heading: 'Document · core reference',
      name: 'Measures A',
      note: 'Written here as “the Measures”',
      meta: 'Departmental rule · 部门规章 · 甲办法 · CAC · In force · Issued 7 May 2024',
      summary: 'What A does.',
      open: { id: 'document:measures-a', label: 'Open in side panel' },
    });
  });

  it('words it in Simplified Chinese, with dates as the side panel writes them and the entry’s name unchanged', () => {
    const view = cardViewOf(zh, { entry: document, note: { via: 'typo', written: 'Measurs A' }, canOpen: true });
    expect(view).toMatchObject({
      heading: '文件 · 核心参考',
      name: 'Measures A',
      note: '本页写作“Measurs A”（拼写有误）',
      meta: '部门规章 · 甲办法 · CAC · 现行有效 · 2024年5月7日 发布',
      summary: 'What A does.',
      open: { label: '在侧边栏中打开' },
    });
  });

  it('says in its heading when the English title is TMT Lens’s translation', () => {
    expect(cardViewOf(en, { entry: { ...document, titleTranslated: true }, canOpen: true }).heading).toBe('Document · core reference · title translated by TMT Lens');
    expect(cardViewOf(zh, { entry: { ...document, titleTranslated: true }, canOpen: true }).heading).toBe('文件 · 核心参考 · 英文标题由 TMT Lens 翻译');
    expect(cardViewOf(en, { entry: { ...document, reference: undefined }, canOpen: true }).heading).toBe('Document');
  });

  it('tells an authority by its level and what TMT Lens holds of it, with plural forms', () => {
    expect(cardViewOf(en, { entry: authority, canOpen: true }).summary).toBe('National-level regulator; 3 documents issued in TMT Lens.');
    expect(cardViewOf(en, { entry: { ...authority, hub: { level: 'international', issued: 1 } }, canOpen: true }).summary).toBe('International regulator; 1 document issued in TMT Lens.');
    expect(cardViewOf(en, { entry: { ...authority, hub: { level: 'provincial', issued: 0 } }, canOpen: true }).summary).toBe('Provincial-level regulator.');
    expect(cardViewOf(zh, { entry: authority, canOpen: true }).summary).toBe('国家级监管机构；TMT Lens 收录其发布的文件 3 份。');
    expect(cardViewOf(zh, { entry: authority, canOpen: true }).meta).toBe('监管机构 · 国家互联网信息办公室');
    const topic: EntryCard = { id: 'topic:data', type: 'topic', name: 'Data', summary: '', hub: { entries: 1 } };
    expect(cardViewOf(en, { entry: topic, canOpen: true })).toMatchObject({ meta: 'Topic', summary: 'A topic with 1 entry in TMT Lens.' });
    expect(cardViewOf(zh, { entry: { ...topic, hub: { entries: 12 } }, canOpen: true })).toMatchObject({ meta: '主题', summary: 'TMT Lens 中该主题下有 12 个条目。' });
  });

  it('says what a case number is and that TMT Lens lacks the case', () => {
    expect(cardViewOf(en, { entry: caseNumber, canOpen: false })).toMatchObject({ meta: 'Chinese court case number', summary: 'Civil case of first instance accepted in 2022. This case is not in TMT Lens.', open: undefined });
    expect(cardViewOf(zh, { entry: caseNumber, canOpen: false })).toMatchObject({ meta: '中国法院案号', summary: 'Civil case of first instance accepted in 2022. TMT Lens 中没有该案。' });
  });

  it('words an imported entry and a missing one', () => {
    expect(cardViewOf(zh, { imported: { id: 'document:x' } })).toEqual({ label: '在您导入的内容中', name: '在您导入的内容中', meta: '在侧边栏中打开即可查看。', open: { id: 'document:x', label: '在侧边栏中打开' } });
    expect(cardViewOf(en, { error: 'noSuchEntry' })).toEqual({ label: 'TMT Lens could not read this entry.', error: 'No such entry in TMT Lens.' });
  });

  it('finds every message it says in the card’s own tables, in both languages', () => {
    const contents: CardContent[] = [
      { entry: document, note: { via: 'defined', written: 'A' }, canOpen: true },
      { entry: { ...document, validity: undefined, status: 'draft', kind: 'unknown', date: { kind: 'commentDate', iso: '2024-05' } }, canOpen: true },
      { entry: authority, canOpen: true },
      ...(['provincial', 'municipal', 'international'] as const).map((level) => ({ entry: { ...authority, hub: { level, issued: 2 } }, canOpen: true })),
      { entry: caseNumber, canOpen: false },
      { imported: { id: 'document:x' } },
      { error: 'noSuchEntry' },
    ];
    for (const language of UI_LANGUAGES) {
      const keys = [...flattenMessages(cardMessages(language)).keys()];
      for (const content of contents) {
        for (const text of texts(cardViewOf(i18n(language), content))) {
          expect(keys, `${language}: ${text}`).not.toContain(text);
          expect(text, language).not.toMatch(/^(card|kind|status|validity|dated|type|entry|common)\./);
        }
      }
    }
  });

  it('takes its tables word for word from the message files', async () => {
    for (const language of UI_LANGUAGES) {
      const full = flattenMessages(await loadMessageTable(language));
      const own = flattenMessages(cardMessages(language));
      expect(own.size).toBeGreaterThan(40);
      for (const [key, message] of own) expect(full.get(key), key).toEqual(message);
    }
  });
});
