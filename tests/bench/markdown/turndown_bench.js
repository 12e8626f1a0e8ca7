// SPDX-License-Identifier: GPL-3.0-or-later
// Converts every .html file under a folder to markdown with turndown, single-threaded, and prints
// the throughput. Usage: node turndown_bench.js DIR [ROUNDS]
'use strict';
const fs = require('fs');
const path = require('path');
const TurndownService = require('turndown');

function htmlFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...htmlFiles(full));
    else if (entry.name.endsWith('.html')) files.push(full);
  }
  return files.sort();
}

const dir = process.argv[2];
const rounds = Number(process.argv[3] || 1);
const pages = htmlFiles(dir).map((file) => fs.readFileSync(file, 'utf8'));
const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page), 0);
const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
let output = 0;
const started = process.hrtime.bigint();
for (let round = 0; round < rounds; ++round) {
  for (const page of pages) output += service.turndown(page).length;
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const megabytes = (bytes * rounds) / 1e6;
console.log(`turndown: ${pages.length} pages, ${megabytes.toFixed(1)} MB of HTML in ` +
            `${seconds.toFixed(2)} s = ${(megabytes / seconds).toFixed(2)} MB/s ` +
            `(${output} characters of markdown)`);
