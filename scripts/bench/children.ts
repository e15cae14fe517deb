import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/** A server the benchmark started in its own process, so its memory and CPU are its own. */
export interface Child {
  name: string;
  /** What the child said it serves, e.g. `http://127.0.0.1:PORT/graphql`. */
  url: string;
  /** Resident set size now, in bytes. */
  rssBytes(): number;
  /** CPU time used so far (user and system), in microseconds. */
  cpuMicros(): number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 30_000;

/**
 * Runs `node script` with `env` and waits for its address: a `READY <url>` line, or our
 * server's start-up log event (JSON with `endpoint`). Later output is read and dropped.
 */
export function startChild(name: string, script: string, env: Record<string, string>)
  : Promise<Child> {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start`)), READY_TIMEOUT_MS);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));

    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const url = addressIn(line);
      if (url === undefined) return;

      // From here on the output is drained unread, so reading it costs the load generator little.
      lines.close();
      child.stdout!.resume();
      clearTimeout(timer);
      resolve(childHandle(name, url, child));
    });
  });
}

function addressIn(line: string): string | undefined {
  if (line.startsWith('READY ')) return line.slice('READY '.length).trim();
  if (!line.startsWith('{')) return undefined;

  try {
    const event = JSON.parse(line) as { endpoint?: unknown };
    return typeof event.endpoint === 'string' ? event.endpoint : undefined;
  } catch {
    return undefined;
  }
}

function childHandle(name: string, url: string, child: ChildProcess): Child {
  child.removeAllListeners('exit');
  return {
    name,
    url,
    rssBytes: () => rssOf(child.pid!),
    cpuMicros: () => cpuOf(child.pid!),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** From /proc on Linux, where the benchmark is meant to run; 0 where there is no /proc. */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Linux reports CPU time in clock ticks, which are 1/100 s on every common build. */
const MICROS_PER_TICK = 10_000;

/** utime + stime from /proc/PID/stat; 0 where there is no /proc. */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces, so count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MICROS_PER_TICK;
  } catch {
    return 0;
  }
}
