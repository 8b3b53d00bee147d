// Sentences per second of Microsoft.Recognizers.Text (npm 1.3.1) on ClaimCheck's test sentences, running the
// recognizers ClaimCheck replaces (numbers, units, percentages, ordinals, dates). Usage: node speed.js
'use strict';
const R = require('@microsoft/recognizers-text-suite');
const { load } = require('./sentences');

const fs = require('fs');
const path = require('path');

// The same two sets as src/ClaimCheck.Benchmarks: the test sentences, and the seed articles cut at ". " before a capital.
const testSentences = [...load('quantities-', 'q'), ...load('dates', 'd')].map(c => c.sentence);
const seedFolder = path.join(__dirname, '..', '..', 'seeds');
const seedSentences = fs.readdirSync(seedFolder).filter(f => f.endsWith('.txt')).sort()
  .flatMap(f => fs.readFileSync(path.join(seedFolder, f), 'utf8').split(/\r?\n/))
  .flatMap(line => line.split(/(?<=[.?!]) (?=[A-Z])/))
  .map(s => s.trim()).filter(s => s.length > 1);
const culture = R.Culture.English;
const all = [R.recognizeCurrency, R.recognizeDimension, R.recognizeTemperature, R.recognizeAge, R.recognizePercentage,
  R.recognizeOrdinal, R.recognizeNumber, R.recognizeDateTime];

function measure(name, sentences, fns, seconds) {
  for (const s of sentences.slice(0, 20)) fns.forEach(f => f(s, culture)); // warm up (first calls build the models)
  const t0 = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - t0) / 1e9 < seconds) {
    for (const s of sentences) { fns.forEach(f => f(s, culture)); n++; }
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${name.padEnd(40)} ${sentences.length} sentences  ${(n / elapsed).toFixed(0)} sentences/s`);
}

for (const [set, sentences] of [['seeds', seedSentences], ['test sentences', testSentences]]) {
  measure(`${set}: quantity and date recognizers`, sentences, all, 10);
  measure(`${set}: numbers with units only`, sentences, all.slice(0, 7), 10);
}
