/**
 * Pages made by tests and benchmarks: a long article with live parts, and pathological pages
 * (a huge text node, hundreds of thousands of text nodes, a mutation storm, very deep nesting).
 * Each page that runs for a while records what the page itself felt in `window.pageStats`.
 */

const NAMES = ['Cyberspace Administration of China', 'MIIT', 'TC260', 'Measures for Security Assessment of Outbound Data Transfers', 'Data Security Law', 'State Administration for Market Regulation'];

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * Timer lag and the page's own busy time, measured by the page: a 10 ms interval notes how
 * late it runs, and the page's work functions add their duration to `busyMs`.
 */
const PAGE_STATS = `<script>
  window.pageStats = { maxLagMs: 0, busyMs: 0, ticks: 0, feed: 0 };
  let expected = performance.now() + 10;
  setInterval(() => {
    const now = performance.now();
    window.pageStats.maxLagMs = Math.max(window.pageStats.maxLagMs, now - expected);
    expected = now + 10;
  }, 10);
</script>`;

/** About `paragraphs` paragraphs, each naming one entry, after a ticker and a live feed. */
export function liveArticle(paragraphs = 1700): string {
  const parts: string[] = [];
  for (let index = 0; index < paragraphs; index++) {
    parts.push(`<p id="p${index}">Paragraph ${index}. Regulators met again this week; the <a href="#">${NAMES[index % NAMES.length]}</a> said further rules on platforms, data, algorithms and online content are coming, and analysts expect more guidance in the months ahead, with comments due by the end of the quarter.</p>`);
  }
  return page(
    'Live: China tech regulation',
    `${PAGE_STATS}<header><p>Updated <span id="clock">0</span></p></header><aside><ol id="feed"></ol></aside><article>${parts.join('\n')}</article>
<script>
  const clock = document.getElementById('clock');
  setInterval(() => {
    const started = performance.now();
    clock.textContent = new Date().toISOString() + ' #' + (++window.pageStats.ticks);
    window.pageStats.busyMs += performance.now() - started;
  }, 50);
  const feed = document.getElementById('feed');
  setInterval(() => {
    const started = performance.now();
    const item = document.createElement('li');
    item.textContent = 'Post ' + (++window.pageStats.feed) + ': the MIIT published a notice on data labelling.';
    feed.prepend(item);
    if (feed.children.length > 20) feed.lastElementChild.remove();
    window.pageStats.busyMs += performance.now() - started;
  }, 1000);
</script>`,
  );
}

/** One text node of about `bytes` characters, naming two entries every 140 characters. */
export function hugeTextNodePage(bytes = 20_000_000): string {
  return page(
    'One huge text node',
    `${PAGE_STATS}<div id="huge"></div><script>
  const unit = 'The Cyberspace Administration of China and the MIIT issued rules this week; analysts expect more guidance on data and platforms. ';
  document.getElementById('huge').textContent = unit.repeat(Math.ceil(${bytes} / unit.length));
</script>`,
  );
}

/** `count` text nodes: paragraphs of spans, one name in every fiftieth paragraph. */
export function manyTextNodesPage(count = 200_000): string {
  return page(
    'Many text nodes',
    `${PAGE_STATS}<main id="main"></main><script>
  const parts = [];
  for (let paragraph = 0; paragraph * 10 < ${count}; paragraph++) {
    const name = paragraph % 50 === 0 ? ' the MIIT ' : ' ';
    let spans = '';
    for (let span = 0; span < 5; span++) spans += '<span>w' + span + '</span>' + (span === 2 ? name : ' ');
    parts.push('<p>' + spans + '</p>');
  }
  document.getElementById('main').innerHTML = parts.join('');
</script>`,
  );
}

/**
 * A short article, then a storm: for `seconds`, 500 text nodes are rewritten every 4 ms. The
 * page adds the time its own rewriting takes to pageStats.busyMs and sets stormDone at the end.
 */
export function mutationStormPage(seconds = 10): string {
  const cells = Array.from({ length: 500 }, (_, index) => `<span class="cell">${index}</span>`).join(' ');
  return page(
    'Mutation storm',
    `${PAGE_STATS}<article><p>The Cyberspace Administration of China and the MIIT issued rules.</p><p id="late"></p></article><div id="grid">${cells}</div><script>
  window.pageStats.stormDone = false;
  const cells = [...document.querySelectorAll('.cell')].map((cell) => cell.firstChild);
  const end = performance.now() + ${seconds} * 1000;
  let round = 0;
  const storm = setInterval(() => {
    const started = performance.now();
    round++;
    for (let index = 0; index < cells.length; index++) cells[index].data = String(round * 7 + index);
    // A name arrives during the storm (at its end at the latest, on a machine too busy for 50 rounds).
    if (round === 50 || (started > end && !document.getElementById('late').firstChild)) document.getElementById('late').textContent = 'Later the State Administration for Market Regulation joined.';
    window.pageStats.busyMs += performance.now() - started;
    if (started > end) {
      clearInterval(storm);
      window.pageStats.stormDone = true;
    }
  }, 4);
</script>`,
  );
}

/**
 * A paragraph naming an entry inside `depth` nested spans, after an ordinary one. The spans are
 * `display: contents`: Chromium's own layout crashes the tab (with or without the extension)
 * at about 10,000 nested boxes, while a DOM that deep is fine and is what a recursive lookup trips on.
 */
export function deepNestingPage(depth = 10_000): string {
  return page(
    'Deep nesting',
    `<style>#deep span { display: contents }</style>${PAGE_STATS}<p>The MIIT opened the consultation.</p><div id="deep"></div><script>
  // Built with the DOM: the HTML parser flattens nesting beyond 512 levels.
  let parent = document.getElementById('deep');
  for (let level = 0; level < ${depth}; level++) parent = parent.appendChild(document.createElement('span'));
  parent.textContent = 'The Data Security Law applies.';
  window.pageStats.depth = ${depth};
</script>`,
  );
}
