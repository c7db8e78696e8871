/**
 * The colours the graph canvas draws with, read from theme.css's custom properties so the
 * canvas follows light and dark mode like the rest of the panel (a canvas cannot use CSS
 * variables itself).
 */
export interface GraphTheme {
  background: string;
  backgroundSoft: string;
  text: string;
  textSoft: string;
  border: string;
  focus: string;
  authority: string;
  document: string;
  case: string;
  topic: string;
  fontFamily: string;
}

const FALLBACK: GraphTheme = {
  background: '#ffffff',
  backgroundSoft: '#f4f5f7',
  text: '#1b1f24',
  textSoft: '#57606a',
  border: '#d0d7de',
  focus: '#1f6feb',
  authority: '#7a3e9d',
  document: '#0b5cad',
  case: '#b35900',
  topic: '#2b7a3d',
  fontFamily: 'system-ui, sans-serif',
};

export function readGraphTheme(root: HTMLElement = document.documentElement): GraphTheme {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--bg', FALLBACK.background),
    backgroundSoft: read('--bg-soft', FALLBACK.backgroundSoft),
    text: read('--fg', FALLBACK.text),
    textSoft: read('--fg-soft', FALLBACK.textSoft),
    border: read('--border', FALLBACK.border),
    focus: read('--focus', FALLBACK.focus),
    authority: read('--authority', FALLBACK.authority),
    document: read('--document', FALLBACK.document),
    case: read('--case', FALLBACK.case),
    topic: read('--topic', FALLBACK.topic),
    fontFamily: style.fontFamily || FALLBACK.fontFamily,
  };
}

/** Calls back when the system switches between light and dark. */
export function watchColorScheme(onChange: () => void): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
