/**
 * A way to the options page from wherever importing or settings come up: the popup, the
 * side panel, and every tip that mentions importing a newsletter. A button (it runs an
 * action, it does not load a URL), drawn as a link where it sits inside a sentence.
 */
import type { ReactNode } from 'react';
import { openOptionsPage } from '../lib/ext/open-options';

interface OptionsLinkProps {
  children: ReactNode;
  /** Called once the options page is asked for (the popup closes itself). */
  onOpened?(): void;
  className?: string;
}

export function OptionsLink({ children, onOpened, className = 'link-button' }: OptionsLinkProps) {
  return (
    <button
      type="button"
      className={className}
      onClick={() => {
        void openOptionsPage().then(onOpened, (error: unknown) => console.warn('TMT Lens: the options page could not be opened', error));
      }}
    >
      {children}
    </button>
  );
}
