// Reads ClaimCheck's recognition data files: "s: sentence" lines, each followed by its expected results.
'use strict';
const fs = require('fs');
const path = require('path');

const folder = path.join(__dirname, '..', '..', 'src', 'ClaimCheck.Tests', 'Data', 'recognition');

function load(prefix, kind) {
  const cases = [];
  for (const file of fs.readdirSync(folder).filter(f => f.startsWith(prefix) && f.endsWith('.txt')).sort()) {
    let current = null;
    fs.readFileSync(path.join(folder, file), 'utf8').split(/\r?\n/).forEach((line, i) => {
      if (line.startsWith('s: ')) {
        current = { file, line: i + 1, sentence: line.slice(3), expected: [] };
        cases.push(current);
      } else if (current && line.startsWith(kind + ': ')) {
        current.expected.push(line.slice(3).split('|').map(s => s.trim()));
      }
    });
  }
  return cases;
}

module.exports = { load };
