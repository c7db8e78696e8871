/**
 * The graph's entries as a list: the keyboard and screen-reader route through the graph
 * (a canvas has no focusable parts). It stays out of sight until focus enters it, then
 * shows as a panel over the canvas, so sighted keyboard users see where they are. It is one
 * Tab stop: the arrow keys, Home and End move through it, Enter opens (see use-roving-focus.ts).
 */
import { useT } from '../i18n/i18n-context';
import { typeLabel } from '../i18n/labels';
import type { Neighbourhood } from '../../lib/graph/neighbourhood';
import { useRovingFocus } from './use-roving-focus';

interface GraphNodeListProps {
  neighbourhood: Neighbourhood;
  onOpen(id: string): void;
  onExpand(id: string): void;
  /** The entry whose button has focus (its node is marked on the canvas); undefined when focus leaves. */
  onFocusEntry?(id: string | undefined): void;
}

export function GraphNodeList({ neighbourhood, onOpen, onExpand, onFocusEntry }: GraphNodeListProps) {
  const t = useT();
  const entries = neighbourhood.nodes.filter((node) => node.id !== neighbourhood.centreId);
  const { container, onKeyDown, onFocus } = useRovingFocus<HTMLUListElement>(entries.map((node) => `${node.id}:${node.hiddenCount}`).join('|'));
  return (
    <div className="graph-node-list" aria-labelledby="graph-node-list-heading">
      <h4 id="graph-node-list-heading">{t('graph.listHeading', { count: entries.filter((node) => node.type !== 'more').length })}</h4>
      <p className="visually-hidden">{t('graph.listHelp')}</p>
      <ul
        ref={container}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          onFocus(event);
          onFocusEntry?.(event.target.closest('li')?.getAttribute('data-entry-id') ?? undefined);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) onFocusEntry?.(undefined);
        }}
      >
        {entries.map((node) =>
          node.type === 'more' ? (
            <li key={node.id} data-more-for={node.ownerId}>
              <button type="button" onClick={() => onExpand(node.ownerId!)}>
                {t('graph.showMore', { name: neighbourhood.nodes.find((other) => other.id === node.ownerId)?.name ?? '' })}
              </button>{' '}
              <span className="muted">{t('graph.notShown', { count: node.hiddenCount })}</span>
            </li>
          ) : (
            <li key={node.id} data-entry-id={node.id} data-ring={node.ring}>
              <button type="button" onClick={() => onOpen(node.id)}>
                <span className="visually-hidden">{typeLabel(t, node.type)}: </span>
                {node.name}
              </button>
              {node.hiddenCount > 0 && (
                <button
                  type="button"
                  className="graph-node-expand"
                  onClick={() => onExpand(node.id)}
                  aria-label={t('graph.expandLabel', node.hiddenCount, { name: node.name })}
                >
                  {t('graph.expand')}
                </button>
              )}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
