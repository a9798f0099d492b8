// The export buttons: Download CSV, Copy as Markdown, Copy as LaTeX (booktabs). When the page does not allow
// clipboard access (permissions policy, insecure context) the text is shown in a read-only box to copy by hand.
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { TableModel, TableRow } from './table-model.js';
import { exportView } from './export-view.js';
import { toCsv, toLatex, toMarkdown } from './table-export.js';
import { copyText } from '../../internal/clipboard.js';
import { downloadBlob } from '../../internal/download-blob.js';

export type ExportFormat = 'csv' | 'markdown' | 'latex';

const NAMES: Record<ExportFormat, string> = { csv: 'CSV', markdown: 'Markdown', latex: 'LaTeX' };

export class ExportToolbar {
  #host: ReactiveElement;
  #announce: (message: string) => void;
  #fallback: { format: ExportFormat; text: string } | null = null;

  constructor(host: ReactiveElement, announce: (message: string) => void) {
    this.#host = host;
    this.#announce = announce;
  }

  text(format: ExportFormat, model: TableModel, rows: TableRow[]): string {
    const table = exportView(model, rows, format === 'csv');
    return format === 'csv' ? toCsv(table) : format === 'markdown' ? toMarkdown(table) : toLatex(table);
  }

  renderButtons(textOf: (format: ExportFormat) => string, fileName: string): TemplateResult {
    return html`<div class="export" role="group" aria-labelledby="export-label">
      <span id="export-label">Export</span>
      <button type="button" part="export" aria-label="Download CSV" title="Download this view as CSV"
        @click=${() => this.#download(textOf('csv'), fileName)}>CSV</button>
      <button type="button" part="export" aria-label="Copy Markdown" title="Copy this view as a Markdown table"
        @click=${() => this.#copy('markdown', textOf('markdown'))}>Markdown</button>
      <button type="button" part="export" aria-label="Copy LaTeX" title="Copy this view as a LaTeX (booktabs) table"
        @click=${() => this.#copy('latex', textOf('latex'))}>LaTeX</button>
    </div>`;
  }

  renderFallback(): TemplateResult | typeof nothing {
    const fallback = this.#fallback;
    if (!fallback) return nothing;
    return html`<div class="export-fallback">
      <label>Copy this ${NAMES[fallback.format]} table (your browser did not allow copying):
        <textarea readonly rows="6" .value=${fallback.text}></textarea></label>
      <button type="button" @click=${() => { this.#fallback = null; this.#host.requestUpdate(); }}>Close</button>
    </div>`;
  }

  #download(text: string, fileName: string): void {
    // The byte-order mark makes Excel read the file as UTF-8; the link goes in the shadow root, not the page's DOM.
    downloadBlob(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), fileName, this.#host.renderRoot);
    this.#announce(`Downloading ${fileName}.`);
  }

  async #copy(format: ExportFormat, text: string): Promise<void> {
    if (await copyText(text)) {
      this.#fallback = null;
      this.#announce(`Copied the table as ${NAMES[format]}.`);
    } else {
      this.#fallback = { format, text };
      this.#announce(`Could not copy: the ${NAMES[format]} text is shown below the table.`);
    }
    this.#host.requestUpdate();
  }
}
