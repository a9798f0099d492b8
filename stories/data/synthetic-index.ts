// A made-up board index of any size (no facts: task, dataset and model names say they are generated), as
// `sota-widgets split` would write for a large archive.
export function syntheticIndex(boards: number): unknown {
  const tasks = [];
  for (let t = 0; t * 8 < boards; t++) {
    tasks.push({
      task: `Generated task ${t + 1}`,
      datasets: Array.from({ length: Math.min(8, boards - t * 8) }, (_, d) => {
        const records = 1 + ((t + d) % 6);
        const frontier = Array.from({ length: records }, (_, r) => [`${2014 + r}-0${1 + ((t + r) % 9)}-15`, 60 + r * 3 + d]);
        const [date, value] = frontier[frontier.length - 1] as [string, number];
        return {
          dataset: `Generated set ${t + 1}.${d + 1}`, results: 1 + ((t * 13 + d * 7) % 90), metric: d % 3 ? 'Accuracy' : 'Error rate',
          direction: d % 3 ? 'higher' : 'lower', best: { model: `Generated model ${(t * 8 + d) % 37}`, value, text: String(value), date, paper: null }, frontier,
        };
      }),
    });
  }
  return { format: 'sota-widgets-index', version: 1, tasks };
}
