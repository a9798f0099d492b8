import { expect } from '@open-wc/testing';
import { latexText, toCsv, toLatex, toMarkdown, type ExportTable } from '../../src/components/sota-table/table-export.js';

// Two WikiText-103 rows (perplexities as reported by Transformer-XL, Dai et al. 2019, and kNN-LM, Khandelwal et al. 2020).
const table: ExportTable = {
  caption: 'Language Modelling on WikiText-103',
  columns: [{ label: 'Rank', numeric: true }, { label: 'Model' }, { label: 'Test perplexity', numeric: true }, { label: 'Paper' }],
  rows: [
    [{ text: '1' }, { text: 'kNN-LM' }, { text: '15.79*', bold: true }, { text: 'Generalization through Memorization', href: 'https://arxiv.org/abs/1911.00172' }],
    [{ text: '2' }, { text: 'Transformer-XL | Large' }, { text: '18.3 ± 0.1' }, { text: 'Attentive LMs, "beyond" 50% & #1_x' }],
  ],
};

describe('table-export', () => {
  it('toCsv quotes commas and quotes, ends lines with CRLF and leaves numbers alone', () => {
    const csv = toCsv(table);
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('Rank,Model,Test perplexity,Paper');
    expect(lines[1]).to.equal('1,kNN-LM,15.79*,Generalization through Memorization');
    expect(lines[2]).to.equal('2,Transformer-XL | Large,18.3 ± 0.1,"Attentive LMs, ""beyond"" 50% & #1_x"');
    expect(csv.endsWith('\r\n')).to.equal(true);
  });

  it('toCsv defuses spreadsheet formulas but keeps negative numbers', () => {
    const csv = toCsv({ columns: [{ label: 'a' }, { label: 'b' }], rows: [[{ text: '=HYPERLINK("x")' }, { text: '-0.5' }]] });
    expect(csv.split('\r\n')[1]).to.equal(`"'=HYPERLINK(""x"")",-0.5`);
  });

  it('toMarkdown aligns numeric columns right, links titles, bolds the best and escapes pipes', () => {
    const md = toMarkdown(table).split('\n');
    expect(md[0]).to.equal('| Rank | Model | Test perplexity | Paper |');
    expect(md[1]).to.equal('| ---: | --- | ---: | --- |');
    expect(md[2]).to.equal('| 1 | kNN-LM | **15.79\\*** | [Generalization through Memorization](https://arxiv.org/abs/1911.00172) |');
    expect(md[3]).to.contain('Transformer-XL \\| Large');
  });

  it('toLatex writes a booktabs table with escaped text and \\textbf for the best value', () => {
    const tex = toLatex(table);
    expect(tex).to.contain('\\begin{tabular}{rlrl}');
    expect(tex).to.contain('\\toprule\n    Rank & Model & Test perplexity & Paper \\\\\n    \\midrule');
    expect(tex).to.contain('1 & kNN-LM & \\textbf{15.79*} & Generalization through Memorization \\\\');
    expect(tex).to.contain('18.3 $\\pm$ 0.1');
    expect(tex).to.contain('Attentive LMs, "beyond" 50\\% \\& \\#1\\_x');
    expect(tex).to.contain('\\caption{Language Modelling on WikiText-103}');
    expect(tex.trim().endsWith('\\end{table}')).to.equal(true);
  });

  it('latexText escapes every special character', () => {
    expect(latexText('\\{}$^~<>')).to.equal('\\textbackslash{}\\{\\}\\$\\textasciicircum{}\\textasciitilde{}\\textless{}\\textgreater{}');
  });
});
