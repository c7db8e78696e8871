import { useId } from 'react';

/** A titled part of an entry view, with a count where it lists things. */
export function EntrySection({ title, count, children }: { title: string; count?: number; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section className="entry-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}
