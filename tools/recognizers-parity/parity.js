// Runs ClaimCheck's quantity test sentences through Microsoft.Recognizers.Text (npm 1.3.1) and lists where the two
// differ. ClaimCheck's side is the expected results of the data files (the test suite holds the recognizer to them).
// Usage: npm install && node parity.js > parity-report.md
'use strict';
const R = require('@microsoft/recognizers-text-suite');
const { load } = require('./sentences');

const culture = R.Culture.English;
const recognizers = [R.recognizeCurrency, R.recognizeDimension, R.recognizeTemperature, R.recognizeAge,
  R.recognizePercentage, R.recognizeOrdinal, R.recognizeNumber];

// Microsoft's unit names -> ClaimCheck's vocabulary (docs/recognition.md), for the units both know.
const units = {
  Kilometer: 'km', Meter: 'm', Centimeter: 'cm', Millimeter: 'mm', Mile: 'mi', Foot: 'ft', Inch: 'in', Yard: 'yd',
  'Square kilometer': 'km2', 'Square mile': 'mi2', Hectare: 'ha', Acre: 'acre', Kilogram: 'kg', Ton: 't', Pound: 'lb',
  Liter: 'l', Barrel: 'bbl', 'Kilometer per hour': 'km/h', 'Mile per hour': 'mph', 'C': 'C', 'F': 'F', Year: 'year',
  Month: 'month', Week: 'week', Day: 'day', 'Dollar': 'USD', 'United States dollar': 'USD', Euro: 'EUR',
  'British pound': 'GBP', 'Pound': 'lb', 'Japanese yen': 'JPY', 'Chinese yuan': 'CNY', 'Indian rupee': 'INR',
  'Syrian pound': 'SYP', 'Nigerian naira': 'NGN', 'Ukrainian hryvnia': 'UAH', 'Kenyan shilling': 'KES', Megawatt: 'MW',
  'Square hectometer': 'ha', 'Cubic meter': 'm3', 'Nautical mile': 'nmi', Rupee: 'INR', Naira: 'NGN', Yen: 'JPY', Yuan: 'CNY',
  Ounce: 'oz', Gram: 'g', Milligram: 'mg', Milliliter: 'ml', Gallon: 'gal', Horsepower: 'hp', Watt: 'W', Kilowatt: 'kW',
  Gigawatt: 'GW', Hertz: 'Hz', Kilohertz: 'kHz', Megahertz: 'MHz', Gigahertz: 'GHz', Micrometer: 'um', Nanometer: 'nm',
  Megabyte: 'MB', Gigabyte: 'GB', Terabyte: 'TB', Petabyte: 'PB', Second: 's', Minute: 'min', Hour: 'h', Millisecond: 'ms',
  'Canadian dollar': 'CAD', 'Australian dollar': 'AUD', 'New Zealand dollar': 'NZD', 'Hong Kong dollar': 'HKD',
  'Singapore dollar': 'SGD', 'New Taiwan dollar': 'TWD', 'Thai baht': 'THB', 'Mexican peso': 'MXN', 'Indonesian rupiah': 'IDR',
  'Malaysian ringgit': 'MYR', 'South African rand': 'ZAR', 'Polish złoty': 'PLN', 'South Korean won': 'KRW', 'Croatian kuna': 'HRK',
  'Swiss franc': 'CHF', 'Russian ruble': 'RUB', 'Saudi riyal': 'SAR', 'United Arab Emirates dirham': 'AED', 'Danish krone': 'DKK',
  'Norwegian krone': 'NOK', 'Vietnamese dong': 'VND', 'Ghanaian cedi': 'GHS', 'Bitcoin': 'BTC', Cent: 'cent', Pence: 'pence',
  Sen: 'sen',
};
// Microsoft names a currency by its bare name where ClaimCheck has an ISO code.
const currencies = { Pound: 'GBP', Dollar: 'USD', Rupee: 'INR', Euro: 'EUR' };

function microsoft(sentence) {
  const all = [];
  for (const recognize of recognizers) {
    for (const r of recognize(sentence, culture)) {
      all.push({ start: r.start, end: r.end + 1, text: r.text, type: r.typeName,
        value: r.resolution && (r.resolution.value ?? null), unit: r.resolution && r.resolution.unit });
    }
  }
  // Keep the first (most specific) recognizer's result where spans overlap, as the suite's own merging does.
  const kept = [];
  for (const r of all) if (!kept.some(k => k.start < r.end && r.start < k.end)) kept.push(r);
  return kept.sort((a, b) => a.start - b.start);
}

// ClaimCheck's results, with a parenthesised conversion listed on its own so Microsoft's reading of it can be compared.
function ours(c) {
  let from = 0;
  const list = [];
  for (const [text, type, qualifier, value, interval, unit, ...extra] of c.expected) {
    const start = c.sentence.indexOf(text, from);
    from = start + text.length;
    const [low] = interval.split('..');
    const v = value !== '-' ? Number(value) : (low.replace('(', '') !== '' ? Number(low.replace('(', '')) : null);
    const conv = extra.find(e => e.startsWith('conv='));
    let end = start + text.length;
    if (conv) {
      const convText = conv.slice(5);
      const cs = c.sentence.indexOf(convText, start);
      end = c.sentence.lastIndexOf('(', cs);
      list.push({ start, end, text, type, qualifier, value: v, unit: unit === '-' ? null : unit });
      list.push({ start: cs, end: cs + convText.length, text: convText, type, qualifier: 'conversion', value: null, unit: null });
      continue;
    }
    list.push({ start, end, text, type, qualifier, value: v, unit: unit === '-' ? null : unit });
  }
  return list;
}

const near = (a, b) => a !== null && b !== null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
const rows = { microsoftOnly: [], oursOnly: [], value: [], unit: [] };
const cases = load('quantities-', 'q');
for (const c of cases) {
  const ms = microsoft(c.sentence), cc = ours(c);
  const where = `${c.file}:${c.line}`;
  for (const m of ms) {
    const o = cc.find(q => q.start < m.end && m.start < q.end);
    if (!o) { rows.microsoftOnly.push(`| ${where} | \`${m.text}\` ${m.type} ${m.value ?? ''} ${m.unit ?? ''} | ${c.sentence} |`); continue; }
    if (o.qualifier === 'conversion') continue;
    const mv = m.value === null ? null : Number(String(m.value).replace('%', ''));
    if (mv !== null && !near(mv, o.value) && o.qualifier !== 'vague' && o.qualifier !== 'range')
      rows.value.push(`| ${where} | \`${m.text}\` = ${m.value} | \`${o.text}\` = ${o.value} | ${c.sentence} |`);
    const mu = m.unit ? ((m.type === 'currency' && currencies[m.unit]) || units[m.unit] || m.unit) : null;
    if (mu && o.unit && mu !== o.unit)
      rows.unit.push(`| ${where} | \`${m.text}\` ${m.unit} | \`${o.text}\` ${o.unit} | ${c.sentence} |`);
  }
  for (const o of cc) if (!ms.some(m => m.start < o.end && o.start < m.end))
    rows.oursOnly.push(`| ${where} | \`${o.text}\` ${o.type} ${o.unit ?? ''} | ${c.sentence} |`);
}

console.log(`# Parity: ClaimCheck vs Microsoft.Recognizers.Text 1.3.1 (${cases.length} sentences)\n`);
console.log(`## Found only by Microsoft (${rows.microsoftOnly.length})\n\n| where | Microsoft | sentence |\n|---|---|---|`);
rows.microsoftOnly.forEach(r => console.log(r));
console.log(`\n## Found only by ClaimCheck (${rows.oursOnly.length})\n\n| where | ClaimCheck | sentence |\n|---|---|---|`);
rows.oursOnly.forEach(r => console.log(r));
console.log(`\n## Same span, different value (${rows.value.length})\n\n| where | Microsoft | ClaimCheck | sentence |\n|---|---|---|---|`);
rows.value.forEach(r => console.log(r));
console.log(`\n## Same span, different unit (${rows.unit.length})\n\n| where | Microsoft | ClaimCheck | sentence |\n|---|---|---|---|`);
rows.unit.forEach(r => console.log(r));
