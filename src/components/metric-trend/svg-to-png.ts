// The PNG export, loaded when a PNG is first asked for: a page that never makes one does not load it before its
// first paint (the script-tag file's size ceiling, issue 14).

/** Rasterises a standalone SVG at `scale`× its size (2× by default: sharp on high-density screens and in print). */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  // A data: URL rather than a blob: one: strict pages commonly allow `img-src 'self' data:` (the demo does) and
  // seldom blob:, and the image never leaves this function.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw a PNG here.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))), 'image/png'));
}
