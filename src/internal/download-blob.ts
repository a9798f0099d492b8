// Saving a file the element made (the table's CSV, the chart's SVG and PNG) with no server: a hidden <a download>
// on a blob: URL, clicked. The URL is revoked later, not at once, because the browser may still be reading it when
// click() returns.

/** Saves `blob` as `filename` through a temporary link put in `container` (the document's body unless told). */
export function downloadBlob(blob: Blob, filename: string, container: ParentNode = document.body): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
