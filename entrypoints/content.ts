import '../lib/ext/zod-csp';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    for (const type of ['authority', 'document', 'case']) CSS.highlights.set(`tmt-lens-${type}`, new Highlight());
  },
});
