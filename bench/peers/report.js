#!/usr/bin/env node
// Prints armscope's figures beside the peers' and the ratios the acceptance asks for.
// usage: node report.js ARMSCOPE.json PEERS.json
'use strict';
const fs = require('fs');

const [armscopeFile, peersFile] = process.argv.slice(2);
const armscope = JSON.parse(fs.readFileSync(armscopeFile, 'utf8'));
const peers = JSON.parse(fs.readFileSync(peersFile, 'utf8'));

const ours = (stage) => armscope.figures.find((f) => f.stage === stage && f.cores === '1');
const text = ours('text -> transfers');
const html = ours('HTML -> document');

const rows = [];
const row = (what, who, f) => rows.push([what, who, f.megabytesPerSecond ?? f.mbPerSecond, f.megabytesPerCpuSecond ?? f.mbPerCpuSecond]);
if (text) row('text', 'armscope text -> transfers', text);
for (const name of ['wink-nlp', 'compromise']) if (peers[name]) row('text', `${name} ${peers[name].version}`, peers[name]);
if (html) row('html', 'armscope HTML -> document', html);
if (peers['jsdom+readability']) row('html', `jsdom+readability (${peers['jsdom+readability'].version})`, peers['jsdom+readability']);

const pad = (s, n) => String(s).padEnd(n);
const num = (x) => x.toFixed(2).padStart(10);
console.log(`${armscope.machine}`);
console.log(`corpus: ${armscope.corpus}; one core each\n`);
console.log(`${pad('input', 6)}${pad('measured', 52)}${'MB/s'.padStart(10)}${'MB/CPU-s'.padStart(10)}`);
for (const [what, who, wall, cpu] of rows) console.log(`${pad(what, 6)}${pad(who, 52)}${num(wall)}${num(cpu)}`);
console.log('');

const ratio = (a, b, need, label) => {
  if (!a || !b) return;
  const wall = a.megabytesPerSecond / b.mbPerSecond;
  const cpu = a.megabytesPerCpuSecond / b.mbPerCpuSecond;
  const verdict = Math.min(wall, cpu) >= need ? 'meets' : Math.max(wall, cpu) >= need ? 'meets on one measure only' : 'below';
  console.log(`${label}: ${wall.toFixed(1)}x by the wall clock, ${cpu.toFixed(1)}x per CPU-second (acceptance: at least ${need}x; ${verdict})`);
};
ratio(text, peers['wink-nlp'], 10, 'armscope text -> transfers vs wink-nlp');
ratio(text, peers.compromise, 1, 'armscope text -> transfers vs compromise');
ratio(html, peers['jsdom+readability'], 5, 'armscope HTML -> document vs jsdom+readability');
if (text) {
  const verdict = text.megabytesPerSecond >= 30 ? 'meets' : 'below';
  console.log(`armscope text -> transfers on one core: ${text.megabytesPerSecond.toFixed(2)} MB/s (${text.megabytesPerCpuSecond.toFixed(2)} per CPU-second); acceptance: at least 30 MB/s; ${verdict}`);
}
