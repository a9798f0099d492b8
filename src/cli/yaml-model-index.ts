// YAML model-index, which only the command line reads (the browser never fetches YAML): a Hugging Face model
// card's README.md (its front matter's `model-index`, the JSON form parseFeed reads) or a Papers with Code
// model-index file (`Models:` with `Results:`, as the paperswithcode/model-index package writes them), whose
// results become records for the records reader. Problems name the file and the line.
import { parse, YAMLParseError } from 'yaml';
import { InputError } from './read-input.js';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** Model cards (README.md), .yaml/.yml files, and text that opens with front matter. */
export function isYamlInput(name: string, text: string): boolean {
  return /\.(ya?ml|md)$/i.test(name) || FRONT_MATTER.test(text);
}

type Row = Record<string, unknown>;

const isMap = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The JSON value parseFeed reads for this YAML: `{"model-index": …}`, or a list of records. */
export function feedJsonFromYaml(name: string, text: string): unknown {
  const front = FRONT_MATTER.exec(text);
  if (!front && /\.md$/i.test(name)) {
    throw new InputError(`${name}: has no YAML front matter (a block between "---" lines at the top), so no model-index to read. A model card lists its results there under "model-index:".`);
  }
  const value = readYaml(name, front ? front[1] : text, front ? 1 : 0);
  if (isMap(value) && Array.isArray(value['model-index'])) return { 'model-index': value['model-index'] };
  if (isMap(value) && Array.isArray(value.Models)) return pwcModelRows(value.Models);
  if (Array.isArray(value) && value.some((item) => isMap(item) && Array.isArray(item.Results))) return pwcModelRows(value);
  throw new InputError(`${name}: has no model-index. A Hugging Face model card lists its results under "model-index:" in its front matter; a Papers with Code model-index file under "Models:" with "Results:". Add one, or convert a CSV or JSON feed instead.`);
}

function readYaml(name: string, text: string, lineOffset: number): unknown {
  try {
    return parse(text, { prettyErrors: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      const where = at ? `:${at.line + lineOffset}:${at.col}` : '';
      throw new InputError(`${name}${where}: not valid YAML: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}

/** Papers with Code model-index `Models` → one record per result, for the records reader. */
function pwcModelRows(models: unknown[]): Row[] {
  const rows: Row[] = [];
  for (const model of models) {
    if (!isMap(model)) continue;
    const paper = model.Paper;
    const code = isMap(model.Code) ? model.Code.URL : model.Code;
    for (const result of Array.isArray(model.Results) ? model.Results : []) {
      if (!isMap(result)) continue;
      rows.push({
        task: result.Task,
        dataset: result.Dataset,
        model: model.Name,
        paper: isMap(paper) ? paper.Title : paper,
        paper_url: isMap(paper) ? paper.URL : undefined,
        code,
        ...(isMap(result.Metrics) ? result.Metrics : {}),
      });
    }
  }
  return rows;
}
