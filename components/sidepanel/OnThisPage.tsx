/**
 * "On this page": the entries recognised in the tab beside the panel, grouped by type with
 * how often each appears. Clicking a name scrolls the page to its next occurrence and
 * flashes it; the arrow opens the entry in the panel.
 */
import { useRef, useState } from 'react';
import { revealMention } from '../../lib/ext/panel-navigation';
import type { GraphIndex } from '../../lib/graph/graph-index';
import type { GraphNode, NodeType } from '../../lib/graph/schema';
import { toExportRows } from '../../lib/import/export-rows';
import { useT } from '../i18n/i18n-context';
import { pluralTypeLabel } from '../i18n/labels';
import { ExportButtons } from '../options/ExportButtons';
import type { PageMentionsState } from './use-page-mentions';

interface OnThisPageProps {
  index: GraphIndex;
  page: PageMentionsState;
  onOpen(id: string): void;
}

/** Documents first: on an article about regulation they are what the reader is after. */
const GROUP_ORDER: readonly NodeType[] = ['document', 'authority', 'case', 'topic'];

interface Mention {
  node: GraphNode;
  count: number;
}

export function OnThisPage({ index, page, onOpen }: OnThisPageProps) {
  const t = useT();
  const [message, setMessage] = useState('');
  // Which occurrence each entry's next click goes to; a ref, as it never changes what is drawn.
  const nextOccurrence = useRef(new Map<string, number>());

  if (page.status !== 'ready') return <PageStatus page={page} />;
  const groups = groupByType(index, page.report.counts);
  const total = groups.reduce((sum, group) => sum + group.mentions.length, 0);

  const reveal = async (mention: Mention) => {
    const occurrence = (nextOccurrence.current.get(mention.node.id) ?? 0) % Math.max(mention.count, 1);
    nextOccurrence.current.set(mention.node.id, occurrence + 1);
    const result = await revealMention(page.tabId, mention.node.id, occurrence);
    if ('error' in result) setMessage(result.error === 'no-answer' ? t('pageView.noAnswer') : t('pageView.unreachable'));
    else if (!result.found) setMessage(t('pageView.noLonger', { name: mention.node.name }));
    else setMessage(t('pageView.showing', { n: occurrence + 1, total: result.total, name: mention.node.name }));
  };

  return (
    <section className="on-this-page" aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading">
        {t('pageView.heading')} <span className="count">{total}</span>
      </h2>
      <p className="muted page-url" title={page.report.url}>
        {hostOf(page.report.url)}
      </p>
      {total === 0 ? (
        <div className="empty-state">
          <p>{t('pageView.none')}</p>
          <p className="muted">{t('pageView.noneHint')}</p>
        </div>
      ) : (
        <>
          <p className="muted hint">{t('pageView.hint')}</p>
          <ExportButtons
            label={t('pageView.export')}
            rows={() => toExportRows(index, { ids: groups.flatMap((group) => group.mentions.map((mention) => mention.node.id)), counts: page.report.counts })}
            title={t('pageView.exportTitle', { host: hostOf(page.report.url) })}
            fileStem="tmt-lens-on-this-page"
          />
          {groups.map((group) => (
            <section key={group.type} className="mention-group" aria-labelledby={`mentions-${group.type}`}>
              <h3 id={`mentions-${group.type}`}>
                <span className={`badge badge-${group.type}`}>{pluralTypeLabel(t, group.type)}</span>
                <span className="count">{group.mentions.length}</span>
              </h3>
              <ul className="mention-list">
                {group.mentions.map((mention) => (
                  <li key={mention.node.id} data-entry-id={mention.node.id} className="mention">
                    <button type="button" className="mention-reveal" onClick={() => void reveal(mention)}>
                      <span className="mention-name">{mention.node.name}</span>
                      <span className="mention-count" aria-label={t('pageView.mentions', mention.count)}>
                        ×{mention.count}
                      </span>
                    </button>
                    <button
                      type="button"
                      className="mention-open"
                      onClick={() => onOpen(mention.node.id)}
                      aria-label={t('pageView.open', { name: mention.node.name })}
                      title={t('pageView.openTitle')}
                    >
                      →
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <p role="status" className="reveal-status">
        {message}
      </p>
    </section>
  );
}

function PageStatus({ page }: { page: Exclude<PageMentionsState, { status: 'ready' }> }) {
  const t = useT();
  return (
    <section className="on-this-page" aria-labelledby="on-this-page-heading">
      <h2 id="on-this-page-heading">{t('pageView.heading')}</h2>
      <div className="empty-state" role="status">
        {page.status === 'loading' && <p>{t('pageView.loading')}</p>}
        {page.status === 'no-page' && (
          <>
            <p>{t('pageView.noPage')}</p>
            <p className="muted">{t('pageView.noPageHint')}</p>
          </>
        )}
        {page.status === 'not-scanned' && (
          <>
            <p>{t('pageView.notScanned')}</p>
            <p className="muted">{t('pageView.notScannedHint')}</p>
          </>
        )}
      </div>
    </section>
  );
}

function groupByType(index: GraphIndex, counts: Record<string, number>): { type: NodeType; mentions: Mention[] }[] {
  const byType = new Map<NodeType, Mention[]>();
  for (const [id, count] of Object.entries(counts)) {
    const node = index.nodesById.get(id);
    if (!node || count <= 0) continue;
    const list = byType.get(node.type);
    if (list) list.push({ node, count });
    else byType.set(node.type, [{ node, count }]);
  }
  return GROUP_ORDER.filter((type) => byType.has(type)).map((type) => ({
    type,
    mentions: byType.get(type)!.sort((a, b) => b.count - a.count || a.node.name.localeCompare(b.node.name)),
  }));
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return url;
  }
}
