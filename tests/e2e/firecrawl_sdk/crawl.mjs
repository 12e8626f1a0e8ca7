// SPDX-License-Identifier: GPL-3.0-or-later
// The official Firecrawl JavaScript SDK against `trawl serve`: crawlUrl starts a crawl, polls it
// to the end and follows `next`; every page of the site must come back once, with markdown.
//   node crawl.mjs API_URL TOKEN SITE_URL EXPECTED_URLS_JSON
import FirecrawlApp from '@mendable/firecrawl-js';
import { readFileSync } from 'node:fs';

const [apiUrl, token, siteUrl, expectedFile] = process.argv.slice(2);
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const problems = [];

// A wrong key is refused the way Firecrawl refuses it.
try {
    await new FirecrawlApp({ apiKey: 'fc-wrong', apiUrl }).asyncCrawlUrl(siteUrl, { limit: 1 });
    problems.push('a wrong API key was accepted');
} catch (error) {
    if (error.statusCode !== 401)
        problems.push(`a wrong API key gave ${error.statusCode}, not 401: ${error.message}`);
}

const app = new FirecrawlApp({ apiKey: token, apiUrl });
const result = await app.crawlUrl(siteUrl, { limit: 1000, scrapeOptions: { formats: ['markdown'] } }, 1);
if (result.status !== 'completed')
    problems.push(`status ${result.status}, not completed`);

const seen = new Map();
for (const document of result.data ?? []) {
    const url = document.metadata?.sourceURL;
    seen.set(url, (seen.get(url) ?? 0) + 1);
    if (typeof document.markdown !== 'string' || document.markdown.length === 0)
        problems.push(`${url}: no markdown`);
}
for (const url of expected) {
    if (!seen.has(url))
        problems.push(`missing: ${url}`);
    else if (seen.get(url) !== 1)
        problems.push(`${seen.get(url)} times: ${url}`);
}
for (const url of seen.keys()) {
    if (!expected.includes(url))
        problems.push(`not a page of the site: ${url}`);
}
if (result.completed !== expected.length || result.total !== expected.length)
    problems.push(`completed ${result.completed} / total ${result.total}, not ${expected.length}`);

if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
}
console.log(`crawlUrl received ${seen.size} pages, each once, with markdown`);
