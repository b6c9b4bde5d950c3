#!/usr/bin/env node
// Measures the peers on the texts `armscope bench --texts-out` wrote and on a folder of HTML pages, one core each,
// the way `armscope bench` measures itself: a warm-up second, then whole passes over the inputs until
// at least SECONDS have gone by. Prints one JSON object: {peer: {mbPerSecond, mbPerCpuSecond, documents, ...}}.
// usage: node peers.js TEXTS.jsonl [HTML_DIR] [SECONDS]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [textsFile, htmlDir, secondsArg] = process.argv.slice(2);
if (!textsFile) {
  console.error('usage: node peers.js TEXTS.jsonl [HTML_DIR] [SECONDS]');
  process.exit(2);
}
const minimum = Number(secondsArg || 3);

const texts = fs.readFileSync(textsFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text);

function readPages(dir) {
  return fs.readdirSync(dir).sort()
    .filter((f) => /\.html?(\.gz)?$/i.test(f))
    .map((f) => {
      const bytes = fs.readFileSync(path.join(dir, f));
      return (f.endsWith('.gz') ? zlib.gunzipSync(bytes) : bytes).toString('utf8');
    });
}

function measure(items, work) {
  const bytes = items.reduce((sum, s) => sum + Buffer.byteLength(s, 'utf8'), 0);
  const passes = (seconds) => {
    const start = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    let n = 0;
    do {
      for (const item of items) work(item);
      n++;
    } while (Number(process.hrtime.bigint() - start) / 1e9 < seconds);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    return { n, wall, cpu: (used.user + used.system) / 1e6 };
  };
  passes(1); // warm-up: the JIT compiles the hot paths
  const { n, wall, cpu } = passes(minimum);
  return {
    documents: n * items.length,
    megabytes: (n * bytes) / 1e6,
    seconds: wall,
    mbPerSecond: (n * bytes) / 1e6 / wall,
    mbPerCpuSecond: (n * bytes) / 1e6 / cpu,
  };
}

const results = {};

// Some packages do not export their package.json; read it from node_modules beside this script.
const version = (name) => JSON.parse(fs.readFileSync(path.join(__dirname, 'node_modules', name, 'package.json'), 'utf8')).version;

{
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  results['wink-nlp'] = measure(texts, (text) => {
    const doc = nlp.readDoc(text);
    doc.entities().out(its.detail);
    doc.tokens().out(its.pos);
  });
  results['wink-nlp'].version = version('wink-nlp');
}

{
  const nlp = require('compromise');
  results.compromise = measure(texts, (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  });
  results.compromise.version = version('compromise');
}

if (htmlDir) {
  const { JSDOM, VirtualConsole } = require('jsdom');
  const { Readability } = require('@mozilla/readability');
  const quiet = new VirtualConsole(); // pages log CSS errors; they are not ours to print
  results['jsdom+readability'] = measure(readPages(htmlDir), (html) => {
    const dom = new JSDOM(html, { url: 'http://localhost/', virtualConsole: quiet });
    new Readability(dom.window.document).parse();
    dom.window.close();
  });
  results['jsdom+readability'].version =
    `jsdom ${version('jsdom')}, readability ${version('@mozilla/readability')}`;
}

process.stdout.write(JSON.stringify(results, null, 2) + '\n');
