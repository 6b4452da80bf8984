// HTML files reduced to text, as a table: [name, html, expected text]. Run in the page (DOMParser is a
// browser API) under its real CSP: nothing may run, load, or be reported as a CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from './harness.mjs';

const CASES = [
  ['paragraphs', '<h1>Title</h1><p>One  two\nthree.</p><div>Four</div>', 'Title\n\nOne two three.\n\nFour'],
  ['entities decoded', '<p>Fish &amp; chips &lt;b&gt; &quot;q&quot; &#x1F600;</p>', 'Fish & chips <b> "q" 😀'],
  ['line breaks and pre', '<p>a<br>b</p><pre>x  y\nz</pre>', 'a\nb\n\nx  y\nz'],
  ['scripts, styles, head dropped', '<head><title>T</title><style>p{}</style></head><script>alert(1)</script><p>kept</p><noscript>ns</noscript>', 'kept'],
  ['handlers renamed, not run', '<img src="/x.png" onerror="alert(1)"><p onclick="x()" style="color:red">p</p><body onload=alert(2)>b', 'p\n\nb'],
  ['quote in an attribute name', '<a b"c onclick=x>t</a>', 't'],
  ['> inside a quoted value', '<img alt="a>b" onerror=alert(1)>tail', 'tail'],
  ['template cannot be closed early', '<template><img src=/x onerror=x></template></template><img src=/z onerror=y>after', 'after'],
  ['svg and math dropped', '<svg onload="alert(1)"><text>s</text></svg><math><mi>m</mi></math><p>ok</p>', 'ok'],
  ['comments and iframes', '<!-- <p>hidden</p> --><iframe srcdoc="<script>parent.x=1</script>"></iframe><p>seen</p>', 'seen'],
  ['forms and navigation dropped', '<nav>Home | News</nav><form><button>Go</button><textarea>t</textarea></form><article><p>Story.</p></article>', 'Story.'],
  ['list items', '<ul><li>one</li><li>two</li></ul>', 'one\n\ntwo'],
  ['empty', '', ''],
  ['not html at all', 'plain < text > here', 'plain < text > here'],
];

test('HTML files reduce to their text, and nothing in them runs or loads', async () => {
  const page = await openPage();
  const got = await page.evaluate(async (cases) => {
    const { htmlToText } = await import('./input.js');
    return cases.map(([, html]) => htmlToText(html));
  }, CASES);
  await page.waitForTimeout(300); // time for any load, error handler or CSP report to show up
  CASES.forEach(([name, , expected], i) => assert.equal(got[i], expected, name));
  assert.equal(await page.evaluate(() => window.x), undefined);
  assert.deepEqual(page.log.dialogs, []);
  assert.deepEqual(page.log.errors, [], 'no CSP violation reported');
  const origin = new URL(page.url()).origin;
  assert.deepEqual(page.log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin), []);
  assert.ok(!page.log.requests.some((u) => /\/(x|z)(\.png)?$/.test(new URL(u).pathname)), 'no image from the file was fetched');
  await page.closeAll();
});
