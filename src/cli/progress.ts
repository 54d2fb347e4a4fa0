// The progress line of a long check on a terminal: files done of those found so far, the rate,
// the time left (cli-progress works out the rate's average and the estimate). Nothing at all
// when standard error is not a terminal, so that logs and pipes get no control characters.

export interface Progress {
    /** More files were found. */
    found(total: number): void;
    /** One more file was checked. */
    done(): void;
    /** Writes findings to standard output without the line getting in their way. */
    write(text: string): void;
    stop(): void;
}

/** Files checked before the line appears: a quick check shows none. */
const SHOW_AFTER_MS = 500;

/** The progress line on standard error, when it is a terminal and `onTerminal` allows. */
export async function createProgress(stdout: (text: string) => void, onTerminal: boolean): Promise<Progress> {
    const stream = process.stderr;
    if (!onTerminal || !stream.isTTY) return { found: () => {}, done: () => {}, write: stdout, stop: () => {} };
    // loaded only for a terminal
    const { SingleBar } = await import('cli-progress');
    const bar = new SingleBar({
        stream,
        format: '已检查 {value}/{total} 个文件 | {rate} 个/秒 | 剩余 {eta_formatted}',
        hideCursor: false,
        clearOnComplete: true,
        linewrap: false,
        etaBuffer: 200,
        fps: 5,
        gracefulExit: false,
    });
    const started = Date.now();
    let total = 0;
    let value = 0;
    let shown = false;
    const payload = () => ({ rate: (value / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
    const show = () => {
        if (!shown && Date.now() - started >= SHOW_AFTER_MS) {
            bar.start(total, value, payload());
            shown = true;
        }
    };
    // the findings share the terminal when standard output is one too: the line is cleared
    // before them and drawn again after
    const sameTerminal = Boolean(process.stdout.isTTY);
    return {
        found(count) {
            total = count;
            if (shown) bar.setTotal(total);
        },
        done() {
            value++;
            show();
            if (shown) bar.update(value, payload());
        },
        write(text) {
            if (shown && sameTerminal && text !== '') {
                stream.write('\r\x1b[2K');
                stdout(text);
                bar.render();
            } else {
                stdout(text);
            }
        },
        stop() {
            if (shown) bar.stop();
        },
    };
}
