import { useT } from '../i18n/i18n-context';

/** Depth 1 (direct links) or 2 (links of links), as a pair of radio buttons. */
export function DepthToggle({ depth, onChange }: { depth: 1 | 2; onChange(depth: 1 | 2): void }) {
  const t = useT();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t('graph.depth')}</legend>
      {([1, 2] as const).map((value) => (
        <label key={value} className={depth === value ? 'checked' : undefined}>
          <input
            type="radio"
            name="graph-depth"
            value={value}
            checked={depth === value}
            onChange={() => onChange(value)}
          />
          {value === 1 ? t('graph.direct') : t('graph.twoSteps')}
        </label>
      ))}
    </fieldset>
  );
}
