// SPDX-License-Identifier: GPL-3.0-or-later
// The official Firecrawl JavaScript SDK against `trawl serve`: crawlUrl starts a crawl, polls it
// to the end and follows `next`; every page of the site must come back once, with markdown.
//   node crawl.mjs API_URL TOKEN SITE_URL EXPECTED_URLS_JSON
import FirecrawlApp from '@mendable/firecrawl-js';
import axios from 'axios'; // the SDK's own HTTP client (the same module instance)
import { readFileSync } from 'node:fs';

// Every status answer the SDK receives: its URL and size, to see it follow `next` across the
// server's 10 MB chunks.
const CHUNK_BYTES = 10485760;
const statusAnswers = [];
axios.interceptors.response.use((response) => {
    if (response.config.method === 'get' && /\/v1\/crawl\/[^/]+$/.test(new URL(response.config.url).pathname))
        statusAnswers.push({ url: response.config.url, bytes: Number(response.headers['content-length']) });
    return response;
});

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

// A crawl whose documents pass 10 MB arrives in chunks: the SDK must have followed `next`
// (?skip=N), and no answer may pass the chunk by more than one document.
const documentBytes = (result.data ?? []).map((document) => Buffer.byteLength(JSON.stringify(document)));
const totalBytes = documentBytes.reduce((sum, bytes) => sum + bytes, 0);
const largest = Math.max(0, ...documentBytes);
const followed = statusAnswers.filter((answer) => new URL(answer.url).searchParams.has('skip'));
if (totalBytes > CHUNK_BYTES && followed.length === 0)
    problems.push(`${totalBytes} bytes of documents, yet the SDK followed no next link`);
for (const answer of statusAnswers) {
    if (!(answer.bytes <= CHUNK_BYTES + largest))
        problems.push(`a status answer of ${answer.bytes} bytes (${answer.url})`);
}

if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
}
console.log(`crawlUrl received ${seen.size} pages, each once, with markdown ` +
    `(${(totalBytes / 1048576).toFixed(1)} MB in ${followed.length + 1} chunks)`);
