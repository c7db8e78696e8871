import '../../lib/ext/zod-csp';
// Before React: imports the search index's parts, which popup.html fetches along with React.
import './search-index-chunks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import './popup.css';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('TMT Lens: #root is missing from popup.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
