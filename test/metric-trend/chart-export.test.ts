import { expect } from '@open-wc/testing';
import { fileSlug, isFullyTransparent, resolvedBackground } from '../../src/components/metric-trend/chart-export.js';

/** A chart stand-in whose own background is `background`, on a page section painted rgb(1, 2, 3). */
function onPainted(background: string): HTMLElement {
  const section = document.createElement('section');
  section.style.backgroundColor = 'rgb(1, 2, 3)';
  const chart = section.appendChild(document.createElement('div'));
  chart.style.backgroundColor = background;
  expect(chart.style.backgroundColor, `${background} is a colour this browser reads`).to.not.equal('');
  document.body.append(section);
  return chart;
}

describe('chart-export', () => {
  afterEach(() => document.querySelectorAll('body > section').forEach((section) => section.remove()));

  it("fileSlug('F1', 'SQuAD1.1') names the file f1-squad1-1", () => {
    expect(fileSlug('F1', 'SQuAD1.1')).to.equal('f1-squad1-1');
  });

  it('fileSlug folds accents into their letters and falls back to "chart" when nothing is left', () => {
    expect(fileSlug('Précision', 'Café-Bench')).to.equal('precision-cafe-bench');
    expect(fileSlug('—', '')).to.equal('chart');
  });

  for (const clear of [
    'transparent', 'rgba(0, 0, 0, 0)', 'rgb(0 0 0 / 0)', 'hsl(0 0% 0% / 0%)', 'hwb(120 10% 10% / 0)',
    'oklch(0.5 0.1 200 / 0)', 'oklch(0.5 0.1 200 / none)', 'oklab(0.5 0.1 -0.1 / 0)', 'lab(50 20 30 / 0)', 'lch(50 30 200 / 0%)',
    'color(srgb 0 0 0 / 0)', 'color(display-p3 1 0 0 / 0)', 'color-mix(in oklch, red, transparent 100%)',
  ]) {
    it(`resolvedBackground looks past a background of ${clear} to the one behind it`, () => {
      expect(resolvedBackground(onPainted(clear))).to.equal('rgb(1, 2, 3)');
    });
  }

  for (const painted of ['black', 'rgba(0, 0, 0, 0.5)', 'oklch(0.5 0.1 200)', 'oklch(0.5 0.1 200 / 0.01)', 'color(srgb 0 0 0 / 0.5)']) {
    it(`resolvedBackground stops at a background of ${painted}`, () => {
      const chart = onPainted(painted);
      expect(resolvedBackground(chart)).to.equal(getComputedStyle(chart).backgroundColor);
    });
  }

  it('isFullyTransparent reads the alpha however it is spelled: a percentage, a decimal, with or without spaces', () => {
    expect(['rgb(0 0 0 / 0%)', 'rgba(0,0,0,0)', 'hsla(0, 0%, 0%, 0.0)', 'color(srgb 0 0 0/0)']
      .filter((colour) => !isFullyTransparent(colour))).to.deep.equal([]);
    expect(['rgb(0, 0, 0)', 'rgb(0 0 0)', 'rgba(0, 0, 0, 1)', 'oklch(0 0 0)', 'color(srgb 0 0 0 / 10%)', '']
      .filter((colour) => isFullyTransparent(colour))).to.deep.equal([]);
  });
});
