// Sentences per second of Microsoft.Recognizers.Text (npm 1.3.1) on ClaimCheck's test sentences, running the
// recognizers ClaimCheck replaces (numbers, units, percentages, ordinals, dates). Usage: node speed.js
'use strict';
const R = require('@microsoft/recognizers-text-suite');
const { load } = require('./sentences');

const sentences = [...load('quantities-', 'q'), ...load('dates', 'd')].map(c => c.sentence);
const culture = R.Culture.English;
const all = [R.recognizeCurrency, R.recognizeDimension, R.recognizeTemperature, R.recognizeAge, R.recognizePercentage,
  R.recognizeOrdinal, R.recognizeNumber, R.recognizeDateTime];

function measure(name, fns, seconds) {
  for (const s of sentences.slice(0, 20)) fns.forEach(f => f(s, culture)); // warm up (first calls build the models)
  const t0 = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - t0) / 1e9 < seconds) {
    for (const s of sentences) { fns.forEach(f => f(s, culture)); n++; }
  }
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${name.padEnd(40)} ${sentences.length} sentences  ${(n / elapsed).toFixed(0)} sentences/s`);
}

measure('all quantity and date recognizers', all, 10);
measure('numbers with units only (no dates)', all.slice(0, 7), 10);
