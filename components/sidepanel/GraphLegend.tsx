/** What the graph's shapes, colours and lines mean, drawn in HTML so it follows the theme and reads as text. */
import { NODE_SHAPES, type NodeShape } from './graph-shapes';
import { useT } from '../i18n/i18n-context';
import { typeLabel } from '../i18n/labels';

const ENTRY_TYPES = ['authority', 'document', 'case', 'topic'] as const;

export function GraphLegend() {
  const t = useT();
  return (
    <ul className="graph-legend" aria-label={t('graph.legend')}>
      {ENTRY_TYPES.map((type) => (
        <li key={type}>
          <ShapeIcon shape={NODE_SHAPES[type]} colour={`var(--${type})`} />
          {typeLabel(t, type)}
        </li>
      ))}
      <li>
        <ShapeIcon shape="round-rectangle" colour="var(--document)" hollow />
        {t('graph.legendDraft')}
      </li>
      <li>
        <svg className="legend-icon" width="22" height="12" aria-hidden="true">
          <line x1="1" y1="6" x2="21" y2="6" stroke="var(--fg-soft)" strokeWidth="1.5" strokeDasharray="4 3" />
        </svg>
        {t('graph.legendSameItem')}
      </li>
      <li>
        <svg className="legend-icon" width="22" height="12" aria-hidden="true">
          <line x1="1" y1="6" x2="21" y2="6" stroke="var(--fg-soft)" strokeWidth="1.5" strokeDasharray="1.5 2.5" />
        </svg>
        {t('graph.legendTopic')}
      </li>
    </ul>
  );
}

function ShapeIcon({ shape, colour, hollow = false }: { shape: NodeShape; colour: string; hollow?: boolean }) {
  const paint = hollow
    ? { fill: colour, fillOpacity: 0.25, stroke: colour, strokeWidth: 1.5, strokeDasharray: '2 1.5' }
    : { fill: colour };
  return (
    <svg className="legend-icon" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
      {shape === 'ellipse' && <circle cx="7" cy="7" r="6" {...paint} />}
      {shape === 'round-rectangle' && <rect x="1" y="2.5" width="12" height="9" rx="2" {...paint} />}
      {shape === 'diamond' && <polygon points="7,0.5 13.5,7 7,13.5 0.5,7" {...paint} />}
      {shape === 'hexagon' && <polygon points="3.5,1 10.5,1 13.5,7 10.5,13 3.5,13 0.5,7" {...paint} />}
      {shape === 'round-tag' && <rect x="1" y="3" width="12" height="8" rx="4" {...paint} />}
    </svg>
  );
}
