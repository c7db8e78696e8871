import '../../lib/ext/zod-csp';
// Before React: imports the search index's parts, which popup.html fetches along with React.
import './search-index-chunks';
import '../../components/theme.css';
import './popup.css';
import { App } from './App';
import { renderPage } from '../../components/i18n/render-page';

renderPage('popup.html', <App />, 'app.name');
