import '../../lib/ext/zod-csp';
import '../../components/theme.css';
import { App } from './App';
import { renderPage } from '../../components/i18n/render-page';

renderPage('options.html', <App />, 'options.pageTitle');
