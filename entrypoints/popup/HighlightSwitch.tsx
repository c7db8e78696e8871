/** An on/off switch with its label as its accessible name. */
export function HighlightSwitch({
  label,
  checked,
  disabled,
  onChange,
  description,
}: {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange(on: boolean): void;
  description?: string;
}) {
  return (
    <label className="popup-switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="popup-switch-track" aria-hidden="true" />
      <span className="popup-switch-label">
        {label}
        {description && <span className="popup-switch-description">{description}</span>}
      </span>
    </label>
  );
}
