// Builds a realistic monorepo for the benchmark: copies of the example services (format 1.0
// and 2.0 alternating, so the mix is half and half), each renamed, with its referenced files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function templates(root) {
  const services = path.join(root, 'examples', 'services');
  const v1 = [];
  const v2 = [];
  for (const name of fs.readdirSync(services).sort()) {
    const file = path.join(services, name, 'pacto.yaml');
    if (!fs.existsSync(file)) continue;
    const text = fs.readFileSync(file, 'utf8');
    (/^pactoVersion:\s*["']?2\.0/m.test(text) ? v2 : v1).push({ name, dir: path.join(services, name), text });
  }
  return { v1, v2 };
}

export function makeMonorepo(size, { root, into } = {}) {
  const { v1, v2 } = templates(root);
  if (v1.length === 0) throw new Error('no example services found under examples/services');
  const dir = into ?? fs.mkdtempSync(path.join(os.tmpdir(), `bench-${size}-`));
  const services = path.join(dir, 'services');
  fs.mkdirSync(services, { recursive: true });
  const width = String(size).length;
  for (let i = 0; i < size; i++) {
    const pool = v2.length > 0 && i % 2 === 1 ? v2 : v1;
    const t = pool[Math.floor(i / 2) % pool.length];
    const name = `${t.name}-${String(i).padStart(width, '0')}`;
    const target = path.join(services, name);
    fs.cpSync(t.dir, target, { recursive: true, filter: (src) => !/-output$|generated$/.test(src) });
    const renamed = t.text.replace(/^(\s+name:\s*)\S+/m, `$1${name}`);
    fs.writeFileSync(path.join(target, 'pacto.yaml'), renamed);
  }
  return dir;
}
