// Builds the web app before `npm start` when the bundle is missing or older than its sources.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve('web/dist/index.html');
function newest(dir) {
  let t = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const sources = Math.max(
  newest(path.resolve('web/src')),
  fs.statSync(path.resolve('web/index.html')).mtimeMs,
  fs.statSync(path.resolve('web/vite.config.ts')).mtimeMs,
  newest(path.resolve('src/common')),
);
if (!fs.existsSync(dist) || fs.statSync(dist).mtimeMs < sources) {
  process.stdout.write('[bangfu] 正在构建网页（首次启动或源码有更新）……\n');
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { stdio: 'inherit' });
}
