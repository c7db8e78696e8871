/**
 * One place for progress, success and error messages, announced to screen readers: errors
 * interrupt (role="alert"), everything else waits its turn (role="status").
 */
import type { ReactNode, Ref } from 'react';

export type Status = { kind: 'progress' | 'success' | 'error'; text: string } | null;

export function StatusMessage({ status, children, focusRef }: { status: Status; children?: ReactNode; focusRef?: Ref<HTMLParagraphElement> }) {
  if (!status) return <p role="status" className="visually-hidden" />;
  return (
    <p role={status.kind === 'error' ? 'alert' : 'status'} className={`status-message status-${status.kind}`} tabIndex={-1} ref={focusRef}>
      {status.kind === 'progress' && <span className="spinner" aria-hidden="true" />}
      {status.text}
      {children}
    </p>
  );
}
