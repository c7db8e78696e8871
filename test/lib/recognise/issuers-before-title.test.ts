import { describe, expect, it } from 'vitest';
import { withIssuersBeforeTitle } from '../../../lib/recognise/issuers-before-title';
import type { Mention } from '../../../lib/match/types';

/** Mentions of `names` (text, id) in `text`, in text order. */
function mentionsOf(text: string, names: ReadonlyArray<readonly [string, string]>): Mention[] {
  return names.map(([matched, id]) => ({ start: text.indexOf(matched), end: text.indexOf(matched) + matched.length, id, matched })).sort((a, b) => a.start - b.start);
}

describe('issuers that open a Chinese title', () => {
  const title = '关于开展2025年个人信息保护系列专项行动的公告';
  const bodies = [
    ['中央网信办', 'authority:cac'],
    ['工业和信息化部', 'authority:miit'],
    ['公安部', 'authority:mps'],
  ] as const;

  it('are taken into the title that follows them, in either script', () => {
    const text = `四部门：中央网信办、工业和信息化部、公安部${title}发布。`;
    const found = withIssuersBeforeTitle(mentionsOf(text, [...bodies, [title, 'document:pi-actions']]), text);
    expect(found.map((mention) => [mention.matched, mention.id])).toEqual([[`中央网信办、工业和信息化部、公安部${title}`, 'document:pi-actions']]);
    const traditional = '工業和信息化部 公安部關於開展專項行動的公告';
    const kept = withIssuersBeforeTitle(
      mentionsOf(traditional, [['工業和信息化部', 'authority:miit'], ['公安部', 'authority:mps'], ['關於開展專項行動的公告', 'document:actions']]),
      traditional,
    );
    expect(kept.map((mention) => mention.matched)).toEqual([traditional]);
  });

  it('stay bodies where something stands between them and 关于, or no title follows', () => {
    const apart = `据中央网信办，${title}已发布。`;
    expect(withIssuersBeforeTitle(mentionsOf(apart, [bodies[0], [title, 'document:pi-actions']]), apart).map((mention) => mention.id)).toEqual(['authority:cac', 'document:pi-actions']);
    // A comma ends one thing and starts another: the first body is not an issuer of the title.
    const listed = `此次活动的主办方为公安部，中央网信办${title}同时发布`;
    expect(withIssuersBeforeTitle(mentionsOf(listed, [bodies[2], bodies[0], [title, 'document:pi-actions']]), listed).map((mention) => mention.matched)).toEqual(['公安部', `中央网信办${title}`]);
    const alone = '中央网信办、公安部关于此事表示';
    expect(withIssuersBeforeTitle(mentionsOf(alone, [bodies[0], bodies[2]]), alone).map((mention) => mention.id)).toEqual(['authority:cac', 'authority:mps']);
    // A body two words away from the list is not one of its issuers.
    const far = `公安部表示，中央网信办${title}已发布。`;
    expect(withIssuersBeforeTitle(mentionsOf(far, [bodies[2], bodies[0], [title, 'document:pi-actions']]), far).map((mention) => mention.matched)).toEqual(['公安部', `中央网信办${title}`]);
  });
});
