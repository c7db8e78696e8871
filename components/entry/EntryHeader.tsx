import type { Ref } from 'react';
import { validityOf } from '../../lib/graph/entry-origin';
import { useT } from '../i18n/i18n-context';
import { originLabel, rankLabel, statusLabel, validityLabel } from '../i18n/labels';
import type { GraphNode } from '../../lib/graph/schema';
import { TypeBadge } from './TypeBadge';

/** Type, kind and status, the name, the other names it goes by, and what it is. */
export function EntryHeader({ node, headingRef }: { node: GraphNode; headingRef?: Ref<HTMLHeadingElement> }) {
  const t = useT();
  const otherNames = uniqueNames(node, [...node.abbreviations, ...node.aliases]);
  const nameZh = node.type === 'authority' || node.type === 'document' ? node.nameZh : undefined;
  const validity = node.type === 'document' ? validityOf(node, new Date().toISOString().slice(0, 10)) : undefined;
  const origin = originLabel(t, node);
  return (
    <header className="entry-header">
      <p className="entry-kicker">
        <TypeBadge type={node.type} />
        {node.type !== 'topic' && node.type !== 'case' && <span>{rankLabel(t, node)}</span>}
        {node.type === 'document' && (
          <span className={`status status-${node.status}`}>{statusLabel(t, node.status)}</span>
        )}
        {validity && <span className={`status status-validity status-${validity}`}>{validityLabel(t, validity)}</span>}
      </p>
      <h2 id="entry-title" className="entry-title" tabIndex={-1} ref={headingRef}>
        {node.name}
      </h2>
      {node.type === 'document' && node.titleTranslated && <p className="entry-title-note muted">{t('entry.titleTranslated')}</p>}
      {nameZh && (
        <p className="entry-name-zh" lang="zh-CN">
          {nameZh}
        </p>
      )}
      {origin && <p className="entry-origin">{origin}</p>}
      {otherNames.length > 0 && (
        <p className="entry-aliases">
          <span className="muted">{t('entry.alsoCalled')}</span>
          {otherNames.map((name, position) => (
            <span key={name}>
              {position > 0 && <span className="muted"> · </span>}
              <span className="alias" lang={/[\u3400-\u9fff]/.test(name) ? 'zh-CN' : undefined}>
                {name}
              </span>
            </span>
          ))}
        </p>
      )}
      {node.summary && <p className="entry-summary">{node.summary}</p>}
    </header>
  );
}

/**
 * Names that differ only in case or in British and American spelling ("Standardisation",
 * "Standardization") are one name to a reader; the matcher still knows every spelling.
 */
function spellingKey(name: string): string {
  return name.toLowerCase().replace(/isation/g, 'ization');
}

function uniqueNames(node: GraphNode, names: string[]): string[] {
  const nameZh = node.type === 'authority' || node.type === 'document' ? node.nameZh : undefined;
  const seen = new Set([spellingKey(node.name), ...(nameZh ? [nameZh] : [])]);
  return names.filter((name) => {
    const key = spellingKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
