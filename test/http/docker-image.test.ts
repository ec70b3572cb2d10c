/**
 * The Docker image's start-up path, as far as a machine without a Docker engine can
 * check it: the final stage runs as a non-root user, the embedded store's snapshot lies
 * in a folder the image creates and gives to that user, and the compiled server, run as
 * a user who cannot write the app folder, seeds and serves from a fresh data folder
 * prepared that way (and fails without it, the defect this guards against).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/neo4j-env';

const MAIN = path.join(REPO_ROOT, 'dist', 'src', 'app', 'main.js');

/** The instructions of the Dockerfile's last stage, continuation lines joined. */
function finalStage(): Array<{ op: string; args: string }> {
  const text = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8').replace(/\\\n/g, ' ');
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const last = lines.map((l) => l.split(/\s+/)[0]!.toUpperCase()).lastIndexOf('FROM');
  return lines.slice(last).map((l) => ({ op: l.split(/\s+/)[0]!.toUpperCase(), args: l.slice(l.indexOf(' ') + 1).trim() }));
}

describe('the Dockerfile', () => {
  const stage = finalStage();
  const user = stage.filter((i) => i.op === 'USER').pop()?.args;
  const env = Object.fromEntries(
    stage.filter((i) => i.op === 'ENV').flatMap((i) => [...i.args.matchAll(/([A-Z_][A-Z0-9_]*)=(\S+)/g)].map((m) => [m[1]!, m[2]!])),
  );
  const runs = stage.filter((i) => i.op === 'RUN').map((i) => i.args);

  it('runs as a non-root user', () => {
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user!.split(':')[0]);
  });

  it('keeps the embedded snapshot in a folder it creates and gives to that user', () => {
    const snapshot = env.EMBEDDED_SNAPSHOT;
    expect(snapshot).toMatch(/^\//);
    const folder = path.posix.dirname(snapshot!);
    const prepares = runs.some((r) => r.includes(`mkdir -p ${folder}`) && new RegExp(`chown (-R )?${user}(:\\S+)? ${folder}`).test(r));
    expect(prepares).toBe(true);
  });

  it('starts the server the package.json start script builds', () => {
    const cmd = stage.filter((i) => i.op === 'CMD').pop()?.args;
    expect(JSON.parse(cmd!)).toEqual(['node', 'dist/src/app/main.js']);
    expect(JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts.start).toContain('node dist/src/app/main.js');
  });
});

describe('start-up as a non-root user against a fresh data folder', () => {
  const asRoot = process.getuid?.() === 0;
  const uid = asRoot ? 65534 : process.getuid!(); // nobody, as the image's `node` stands for any non-root user
  let app: string;

  beforeAll(() => {
    if (!existsSync(MAIN)) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }, 120_000);
  beforeEach(() => {
    // Like /app in the image: a folder the server's user may read but not write.
    app = mkdtempSync(path.join(os.tmpdir(), 'kk-image-'));
    chmodSync(app, 0o755);
  });
  afterEach(() => {
    chmodSync(app, 0o755);
    rmSync(app, { recursive: true, force: true });
  });

  /** Run the compiled server as the non-root user; resolves with its output once it serves or exits. */
  function start(snapshot: string): Promise<{ served: boolean; output: string }> {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', LOG_LEVEL: 'info', EMBEDDED_SNAPSHOT: snapshot };
    delete env.NEO4J_URI;
    const [cmd, args] = asRoot
      ? ['setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', process.execPath, MAIN]]
      : [process.execPath, [MAIN]];
    const child = spawn(cmd as string, args as string[], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error(`no answer in 60 s:\n${output}`))), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Kota Kembar is serving')) {
          clearTimeout(timer);
          child.once('exit', () => resolve({ served: true, output }));
          child.kill('SIGTERM');
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve({ served: output.includes('Kota Kembar is serving'), output });
      });
    });
  }

  it('seeds and serves when the data folder is the user’s, as the image prepares it', async () => {
    const data = path.join(app, '.data');
    mkdirSync(data);
    if (asRoot) chownSync(data, uid, uid);
    chmodSync(app, 0o555);
    const { served, output } = await start(path.join(data, 'kota-kembar.json'));
    expect(output).toContain('seeded an empty store');
    expect(served).toBe(true);
    expect(statSync(path.join(data, 'kota-kembar.json')).uid).toBe(uid);
  }, 90_000);

  it('cannot start when it would have to create the folder itself (the old image)', async () => {
    chmodSync(app, 0o555);
    const { served, output } = await start(path.join(app, '.data', 'kota-kembar.json'));
    expect(served).toBe(false);
    expect(output).toMatch(/EACCES|permission denied/i);
  }, 90_000);
});
