// Value forms are the ones met in the PWC archive (paperswithcode/sota-extractor data/tasks, see
// /work/shared/data/README.md): "89.1", "93.3%", "0.8428 ± 0.0014", "24M", "**70.3**", "-", "", "Please tell us".
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatMetricValue, parseMetricValue } from '../../src/feed/metric-value.js';

describe('parseMetricValue', () => {
  const reads: [unknown, number][] = [
    ['89.1', 89.1],
    [' 82 ', 82],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['0,85', 0.85],
    ['.5', 0.5],
    ['-0.25', -0.25],
    ['−3.5', -3.5],
    ['+4', 4],
    ['1e-3', 0.001],
    ['2.5E+4', 25000],
    ['1.2k', 1200],
    ['2440M', 2.44e9],
    ['24m', 24e6],
    ['3B', 3e9],
    ['1.5T', 1.5e12],
    ['7G', 7e9],
    [42, 42],
    [0, 0],
    [-1.5, -1.5],
  ];
  for (const [raw, value] of reads) {
    it(`parseMetricValue(${JSON.stringify(raw)}) reads ${value}`, () => {
      expect(parseMetricValue(raw).value).to.be.closeTo(value, Math.abs(value) * 1e-12);
    });
  }

  it("parseMetricValue('93.3%') reads 93.3 and flags percent", () => {
    const v = parseMetricValue('93.3%');
    expect(v).to.deep.include({ value: 93.3, percent: true, raw: '93.3%', text: '93.3%' });
  });

  it("parseMetricValue('93.3 %') allows a space before the percent sign", () => {
    expect(parseMetricValue('93.3 %')).to.deep.include({ value: 93.3, percent: true });
  });

  for (const raw of ['0.8428 ± 0.0014', '0.8428 +- 0.0014', '0.8428±0.0014', '0.8428 +/- 0.0014', '0.8428 (±0.0014)']) {
    it(`parseMetricValue('${raw}') reads the value and its uncertainty`, () => {
      const v = parseMetricValue(raw);
      expect(v).to.deep.include({ value: 0.8428, uncertainty: 0.0014, text: '0.8428 ± 0.0014', raw });
    });
  }

  it("parseMetricValue('84.5±0.3%') reads a percent with uncertainty", () => {
    expect(parseMetricValue('84.5±0.3%')).to.deep.include({ value: 84.5, uncertainty: 0.3, percent: true, text: '84.5 ± 0.3%' });
  });

  it("parseMetricValue('1.2M ± 0.1') scales the uncertainty like the value", () => {
    expect(parseMetricValue('1.2M ± 0.1')).to.deep.include({ value: 1.2e6, uncertainty: 1e5, suffix: 'M' });
  });

  it("parseMetricValue('2440M') keeps the suffix as written", () => {
    expect(parseMetricValue('2440M')).to.deep.include({ suffix: 'M', text: '2440M', percent: false });
  });

  for (const [raw, marks, value] of [['87.58*', '*', 87.58], ['91.2†', '†', 91.2], ['93.3%*', '*', 93.3], ['99B?', '?', 99e9], ['70.1‡§', '‡§', 70.1]] as const) {
    it(`parseMetricValue('${raw}') keeps the footnote marks '${marks}' out of the number`, () => {
      const v = parseMetricValue(raw);
      expect(v.value).to.be.closeTo(value, value * 1e-12);
      expect(v.marks).to.equal(marks);
      expect(v.text).not.to.contain(marks);
    });
  }

  for (const raw of ['**70.3**', '__70.3__', '*70.3*', '_70.3_', '<b>70.3</b>']) {
    it(`parseMetricValue('${raw}') reads emphasis as PWC's best-value marker`, () => {
      expect(parseMetricValue(raw)).to.deep.include({ value: 70.3, emphasis: true, marks: '', text: '70.3' });
    });
  }

  it("parseMetricValue('**70.3**†') reads emphasis and a mark together", () => {
    expect(parseMetricValue('**70.3**†')).to.deep.include({ value: 70.3, emphasis: true, marks: '†' });
  });

  it("parseMetricValue('~175B') reads an approximate value", () => {
    expect(parseMetricValue('~175B')).to.deep.include({ value: 175e9, text: '~175B' });
  });

  it('parseMetricValue reads the number before a trailing remark', () => {
    const v = parseMetricValue('47.7(47.3 with basic dynamic evaluation)');
    expect(v).to.deep.include({ value: 47.7, text: '47.7' });
  });

  for (const raw of ['-', '--', '—', '–', '', '   ', 'N/A', 'n/a', '?', 'Please tell us', '12 / 13', '1.2.3', 'abc', '5 ± -1', 'Infinity']) {
    it(`parseMetricValue(${JSON.stringify(raw)}) has no value and keeps raw`, () => {
      const v = parseMetricValue(raw);
      expect(v.value).to.equal(null);
      expect(v.raw).to.equal(raw);
    });
  }

  for (const [raw, kept] of [[null, ''], [undefined, ''], [Number.NaN, 'NaN'], [Number.POSITIVE_INFINITY, 'Infinity'], [true, 'true'], [{ a: 1 }, '{"a":1}'], [[1, 2], '[1,2]']] as const) {
    it(`parseMetricValue(${String(raw)}) has no value and raw ${JSON.stringify(kept)}`, () => {
      expect(parseMetricValue(raw)).to.deep.include({ value: null, raw: kept, uncertainty: null, percent: false });
    });
  }

  it('parseMetricValue never throws on a cyclic object', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseMetricValue(cyclic).value).to.equal(null);
  });

  it('parseMetricValue never throws and keeps raw for any input (property)', () => {
    fc.assert(fc.property(fc.anything(), (raw) => {
      const v = parseMetricValue(raw);
      return typeof v.raw === 'string' && (v.value === null || Number.isFinite(v.value));
    }));
  });

  it('parseMetricValue reads back any finite number written by String() (property)', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
      return parseMetricValue(String(n)).value === n; // -0 reads as 0, which === accepts
    }));
  });
});

describe('formatMetricValue', () => {
  it('formatMetricValue writes an asymmetric interval beside the value, each end at its own precision', () => {
    const value = { ...parseMetricValue('1497.6'), interval: [1492.1, 1504] as [number, number] };
    expect(formatMetricValue(value, { locale: 'en-US' })).to.equal('1,497.6 (1,492.1–1,504)');
    expect(formatMetricValue(value, { locale: 'de-DE' })).to.equal('1.497,6 (1.492,1–1.504)');
  });

  it('formatMetricValue keeps the precision the value was written with', () => {
    expect(formatMetricValue(parseMetricValue('89.10'), { locale: 'en-US' })).to.equal('89.10');
  });

  it('formatMetricValue groups thousands by locale', () => {
    expect(formatMetricValue(parseMetricValue('1234.5'), { locale: 'en-US' })).to.equal('1,234.5');
    expect(formatMetricValue(parseMetricValue('1234.5'), { locale: 'de-DE' })).to.equal('1.234,5');
  });

  it('formatMetricValue shows uncertainty, percent, suffix and marks', () => {
    expect(formatMetricValue(parseMetricValue('0.8428 +- 0.0014'))).to.equal('0.8428 ± 0.0014');
    expect(formatMetricValue(parseMetricValue('84.5±0.3%'))).to.equal('84.5 ± 0.3%');
    expect(formatMetricValue(parseMetricValue('2440M'))).to.equal('2,440M');
    expect(formatMetricValue(parseMetricValue('**87.58**†'))).to.equal('87.58†');
    expect(formatMetricValue(parseMetricValue('~175B'))).to.equal('~175B');
  });

  it('formatMetricValue keeps a trailing remark', () => {
    expect(formatMetricValue(parseMetricValue('47.7(47.3 with basic dynamic evaluation)')))
      .to.equal('47.7 (47.3 with basic dynamic evaluation)');
  });

  it('formatMetricValue keeps scientific notation as written', () => {
    expect(formatMetricValue(parseMetricValue('1e-3'))).to.equal('1e-3');
  });

  it('formatMetricValue gives the raw text when there is no value', () => {
    expect(formatMetricValue(parseMetricValue('N/A'))).to.equal('N/A');
    expect(formatMetricValue(parseMetricValue(null))).to.equal('');
  });

  it('formatMetricValue falls back to the number for a hand-built value', () => {
    const v = { ...parseMetricValue('1'), value: 0.25, raw: '' };
    expect(formatMetricValue(v)).to.equal('0.25');
  });

  it('formatMetricValue survives an invalid locale tag', () => {
    expect(formatMetricValue(parseMetricValue('3.5'), { locale: 'not a locale!' })).to.equal('3.5');
  });
});
