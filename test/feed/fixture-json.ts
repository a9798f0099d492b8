// Fixtures are plain files beside the tests; the test server serves them, so tests read them as a page would.
export async function fixtureText(name: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

export async function fixtureJson(name: string): Promise<unknown> {
  return JSON.parse(await fixtureText(name)) as unknown;
}
