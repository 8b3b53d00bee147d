// Runs ClaimCheck's date test sentences through Microsoft's date-time recognizer (npm 1.3.1), with the same
// reference (publication) dates, and lists spans and resolutions side by side where they differ.
// Usage: node dates-parity.js > dates-parity-report.md
'use strict';
const R = require('@microsoft/recognizers-text-suite');
const fs = require('fs');
const path = require('path');

const folder = path.join(__dirname, '..', '..', 'src', 'ClaimCheck.Tests', 'Data', 'recognition');
const rows = [];
let sentences = 0;
for (const file of fs.readdirSync(folder).filter(f => f.startsWith('dates') && f.endsWith('.txt')).sort()) {
  let reference = null, current = null;
  const flush = () => { if (current) compare(file, current, current.reference); };
  fs.readFileSync(path.join(folder, file), 'utf8').split(/\r?\n/).forEach((line, i) => {
    if (line.startsWith('ref: ')) reference = line.slice(5).trim() === 'none' ? null : line.slice(5).trim();
    else if (line.startsWith('s: ')) { flush(); current = { line: i + 1, sentence: line.slice(3), reference, ours: [] }; }
    else if (current && line.startsWith('d: ')) current.ours.push(line.slice(3).split('|').map(s => s.trim()));
  });
  flush();
}

function dayBefore(iso) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function compare(file, c, reference) {
  sentences++;
  const [y, m, d] = (reference || '2024-12-07').split('-').map(Number);
  const ms = R.recognizeDateTime(c.sentence, R.Culture.English, undefined, new Date(y, m - 1, d))
    .filter(r => !r.typeName.endsWith('time') || r.typeName.endsWith('date'))
    .map(r => {
      const v = (r.resolution.values || [])[0] || {};
      // Microsoft's ranges end on the day after (exclusive); ClaimCheck's on the last day (inclusive).
      const end = /^\d{4}-\d{2}-\d{2}$/.test(v.end || '') ? dayBefore(v.end) : (v.end ?? '');
      const start = (v.start || '').slice(0, 10);
      const range = v.value ? `${v.value}` : (start === end ? start : `${start}..${end}`);
      return { text: c.sentence.slice(r.start, r.end + 1), range };
    });
  const ours = c.ours.map(([text, earliest, latest]) => ({
    text: text.replace(/^on /i, ''),
    range: earliest === latest ? earliest : `${earliest === '-' ? '' : earliest}..${latest === '-' ? '' : latest}`,
  }));
  const key = list => list.map(x => `${x.text.toLowerCase()} = ${x.range}`).join('; ');
  if (key(ms) !== key(ours))
    rows.push(`| ${file}:${c.line} | ${reference ?? 'none'} | ${key(ms) || '-'} | ${key(ours) || '-'} | ${c.sentence} |`);
}

console.log(`# Date parity: ClaimCheck vs Microsoft.Recognizers.Text 1.3.1 (${sentences} sentences, ${rows.length} differ)\n`);
console.log('Microsoft: first of its resolutions, its exclusive range ends turned inclusive; without a publication date Microsoft is given 2024-12-07.\n');
console.log('| where | reference | Microsoft | ClaimCheck | sentence |\n|---|---|---|---|---|');
rows.forEach(r => console.log(r));
