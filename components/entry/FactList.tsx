/** Key facts of an entry as a description list; rows without a value are left out. */
export interface Fact {
  label: string;
  value: React.ReactNode;
}

export function FactList({ facts }: { facts: readonly (Fact | false | null | undefined)[] }) {
  const present = facts.filter((fact): fact is Fact => Boolean(fact) && !isEmpty((fact as Fact).value));
  if (present.length === 0) return null;
  return (
    <dl className="fact-list">
      {present.map((fact) => (
        <div key={fact.label} className="fact">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function isEmpty(value: React.ReactNode): boolean {
  // `false` too: a fact shown only under a condition (`adopted !== issued && …`) is no value when it fails.
  return value === undefined || value === null || value === false || value === '' || (Array.isArray(value) && value.length === 0);
}
