/**
 * A destructive action asked twice, in place: the first button reveals the question and the
 * two answers, with focus on the safe one, so a stray Enter never deletes anything.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';

interface ConfirmInlineProps {
  /** The first button's text, e.g. "Remove". */
  label: string;
  /** Accessible name of the first button when its text alone is ambiguous in a list. */
  ariaLabel?: string;
  question: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  disabled?: boolean;
  onConfirm: () => void;
}

export function ConfirmInline({ label, ariaLabel, question, confirmLabel, cancelLabel, disabled, onConfirm }: ConfirmInlineProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={openerRef} aria-label={ariaLabel} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-inline" role="group" aria-label={ariaLabel ?? label}>
      <span className="confirm-question">{question}</span>{' '}
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
        {cancelLabel ?? t('common.cancel')}
      </button>
    </span>
  );
}
