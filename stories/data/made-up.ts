// Small made-up feeds for edge cases (no facts in them: model and paper names say they are made up).

/** One board whose results each carry a single value for `metric`; a null value leaves the result without one. */
export function oneBoardFeed(metric: string, results: { model: string; date: string | null; value: string | number | null }[]) {
  return {
    version: 1,
    leaderboards: [{
      task: 'Made-up task',
      dataset: 'Made-up set',
      metrics: [metric],
      results: results.map((r) => ({ model: r.model, date: r.date, values: r.value === null ? {} : { [metric]: r.value } })),
    }],
  };
}

/** A paper with a title and nothing else, plus whatever `fields` sets. */
function barePaper(id: string, fields: Record<string, unknown> = {}) {
  return { id, title: `Made-up paper ${id}`, authors: [], ...fields };
}

/** Papers with awkward shapes: only a title, forty authors, a long URL as the title. */
export const awkwardPapersFeed = {
  version: 1,
  leaderboards: [],
  papers: [
    barePaper('bare'),
    barePaper('forty', {
      title: 'Made-up paper with forty authors',
      authors: Array.from({ length: 40 }, (_, i) => `Author Number${i + 1}`),
      date: '2024-02-01',
    }),
    barePaper('url', { title: 'https://arxiv.org/abs/2104.10344/a-long-url-used-as-a-title-by-a-careless-feed' }),
  ],
};

/** JSON text cut short, as a truncated download would be: every element shows where reading failed. */
export const brokenJson = '{"version": 1, "leaderboards": [{"task": "Question Answering", "dataset": "SQuAD1.1", "results": [';
