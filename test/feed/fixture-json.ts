// Fixtures are plain JSON files beside the tests; the test server serves them, so tests read them as a page would.
export async function fixtureJson(name: string): Promise<unknown> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}
