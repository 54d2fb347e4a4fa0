// Runs `juesuan` as a user does: node bin/juesuan.cjs in a child process, with a time limit.
import { spawn, type SpawnOptions } from 'node:child_process';
import { CLI_BIN } from './bundle.js';

export interface Run {
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
}

export interface RunOptions {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    /** Node options before the script, e.g. ['-r', preload]. */
    nodeArgs?: string[];
    timeoutMs?: number;
    /** Called with the child once it runs, and with each chunk of stderr. */
    onStderr?: (chunk: string, child: import('node:child_process').ChildProcess) => void;
}

export function juesuan(args: readonly string[], options: RunOptions): Promise<Run> {
    return new Promise((resolve, reject) => {
        const spawnOptions: SpawnOptions = { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] };
        const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI_BIN, ...args], spawnOptions);
        let stdout = '';
        let stderr = '';
        child.stdout!.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
        child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
            stderr += chunk;
            options.onStderr?.(chunk, child);
        });
        const limit = options.timeoutMs ?? 30_000;
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            reject(new Error(`juesuan ${args.join(' ')} 没有在 ${limit / 1000} 秒内结束；stderr：${stderr.slice(0, 2000)}`));
        }, limit);
        child.on('error', err => { clearTimeout(timer); reject(err); });
        child.on('close', (code, signal) => { clearTimeout(timer); resolve({ code, signal, stdout, stderr }); });
    });
}
