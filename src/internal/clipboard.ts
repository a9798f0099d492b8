// Copying needs the async Clipboard API, which a page can deny (permissions policy, insecure context, no focus):
// report failure instead of throwing so the element can offer the text to select by hand. A browser without the
// API at all fails the same way: the call throws, and is caught.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
