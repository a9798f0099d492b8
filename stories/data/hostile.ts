// A made-up feed whose every text field holds markup and whose links are unsafe (no facts in it). The stories
// show it so a reviewer can see the elements print it as text and make no link from a javascript: URL. A payload
// that ever ran would set window.__pwned and show an alert.

const markup = '<img src=x onerror="window.__pwned=1;alert(1)">';
const unsafe = 'javascript:window.__pwned=1;alert(1)';
const paper = { id: 'hostile', title: `<a href="${unsafe}">A title with a link in it</a>`, url: unsafe };

export const hostileFeed = {
  version: 1,
  source: { name: '<b>Made-up hostile feed</b>', url: unsafe, license: '<script>alert(1)</script>' },
  leaderboards: [{
    task: '<b>Bold task</b>',
    dataset: 'Hostile',
    description: '<script>window.__pwned=1</script> should read as text.',
    metrics: [{ name: 'Score <i>%</i>', direction: 'higher' }],
    results: [
      { model: markup, date: '2020-01-01', values: { 'Score <i>%</i>': '90.1' }, extraData: false, paper },
      { model: '${window.__pwned=1} {{constructor.constructor("alert(1)")()}}', date: '2021-01-01', values: { 'Score <i>%</i>': '91.2' }, paper },
      {
        model: 'A plain model with a safe link', date: '2022-01-01', values: { 'Score <i>%</i>': '92.4' },
        paper: { title: 'A safe https link', url: 'https://example.org/paper' },
        code: [{ url: `  ${unsafe.toUpperCase()}`, official: true, framework: '<svg onload=alert(1)>' }],
      },
    ],
  }],
  papers: [{
    id: 'hostile',
    title: paper.title,
    authors: [markup, '</li><li>Injected author', 'Plain Author'],
    date: '2020-01-01',
    venue: '<marquee>Venue</marquee>',
    abstract: `${markup} An abstract that closes tags early: </p></section><h1>Not a heading</h1>`,
    url: unsafe,
    pdf: 'data:text/html,<script>alert(1)</script>',
    code: [unsafe],
    tasks: ['<b>Bold task</b>'],
  }],
};
