import { describe, expect, it } from 'vitest';
import { hitKindLabel, kindLabel, matchReasonText, levelLabel, rankLabel, relationLabel, relationName, statusLabel, typeLabel, validityLabel } from '../../../components/i18n/labels';
import { loadMessageTable } from '../../../lib/i18n/message-tables';
import { createTranslator, flattenMessages } from '../../../lib/i18n/translate';
import { AUTHORITY_KINDS, DOCUMENT_KINDS, DOCUMENT_STATUSES, EDGE_TYPES, LEVELS, NODE_TYPES, type GraphNode } from '../../../lib/graph/schema';
import { kindLabelOf } from '../../../lib/graph/labels';

const languages = ['en', 'zh-CN'] as const;

describe.each(languages)('labels in %s', (language) => {
  it('word every code the graph uses, never showing the code itself', async () => {
    const table = await loadMessageTable(language);
    const t = createTranslator(table);
    const keys = flattenMessages(table);
    // A code without a message is shown as the code itself (the labels' fallback): each must have one.
    const worded = (text: string, key: string) => {
      expect(keys.has(key), key).toBe(true);
      expect(text, key).toBe(keys.get(key));
    };
    for (const type of NODE_TYPES) worded(typeLabel(t, type), `type.${type}`);
    for (const status of DOCUMENT_STATUSES) worded(statusLabel(t, status), `status.${status}`);
    for (const level of LEVELS) worded(levelLabel(t, level), `level.${level}`);
    for (const validity of ['repealed', 'not_yet_in_force', 'in_force']) worded(validityLabel(t, validity), `validity.${validity}`);
    for (const type of EDGE_TYPES) worded(relationName(t, type), `edge.${type}`);
    for (const kind of [...AUTHORITY_KINDS, ...DOCUMENT_KINDS]) {
      const node = { type: AUTHORITY_KINDS.includes(kind as never) ? 'authority' : 'document', kind } as GraphNode;
      worded(kindLabel(t, node), `kind.${kind}`);
      // The search index stores the English label: it is read back into the UI's language.
      expect(hitKindLabel(t, { type: node.type, kindLabel: kindLabelOf(node) })).toBe(kindLabel(t, node));
    }
    for (const type of ['based_on', 'implements', 'amends', 'draft_of', 'cites'] as const) {
      for (const direction of ['out', 'in'] as const) worded(relationLabel(t, { type, direction, label: 'code' }), `relation.${type}.${direction}`);
    }
  });
});

describe('matchReasonText', () => {
  const kinds = ['abbreviation', 'code', 'caseNumber', 'chineseName', 'chineseNameHas', 'anotherNameHas', 'otherNamesHave', 'alsoCalled', 'issuedBy', 'issuerNameHas', 'topicHas', 'summaryMentions', 'wordBeginning'] as const;

  it.each(languages)('words every reason search gives, in %s, with the words searched for', async (language) => {
    const t = createTranslator(await loadMessageTable(language));
    for (const kind of kinds) {
      const text = matchReasonText(t, [{ kind, words: 'PIPL' }]);
      expect(text, kind).toContain('PIPL');
      expect(text, kind).not.toContain('reason.');
    }
    expect(matchReasonText(t, [{ kind: 'hasNot', words: 'cybersecurity', missing: 'xyzzy' }])).toMatch(/cybersecurity.*xyzzy/u);
    expect(matchReasonText(t, [{ kind: 'note' }])).not.toBe('reason.note');
  });

  it('joins several reasons', async () => {
    const t = createTranslator(await loadMessageTable('en'));
    expect(matchReasonText(t, [{ kind: 'issuedBy', words: 'CAC' }, { kind: 'summaryMentions', words: 'overseas' }])).toBe('Issued by CAC · Summary mentions “overseas”');
  });
});

describe('rankLabel', () => {
  it('adds the Chinese term beside an English rank, and not beside the same term', async () => {
    const node = { type: 'document', kind: 'departmental_rule' } as GraphNode;
    expect(rankLabel(createTranslator(await loadMessageTable('en')), node)).toBe('Departmental rule · 部门规章');
    expect(rankLabel(createTranslator(await loadMessageTable('zh-CN')), node)).toBe('部门规章');
  });
});
