// The report preview's script (runs in the webview). Scroll sync both ways through the
// elements' data-line attributes (0-based source lines), double-click to reveal the source
// line, report updates applied by message so that the scroll position survives, and the
// document's problems shown over the report. The line ↔ position mapping is a set of pure
// functions, exported for tests when this file is loaded as a module.
(function (factory) {
    const api = factory();
    if (typeof module === 'object' && module && module.exports) {
        module.exports = api;
    } else if (typeof window !== 'undefined' && typeof acquireVsCodeApi === 'function') {
        api.start(window, acquireVsCodeApi());
    }
})(function () {
    'use strict';

    /** Elements that stand for a block of the report; inline figures and cells are left out. */
    const BLOCK_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'TR', 'LI', 'FIGURE', 'DIV']);

    /**
     * @typedef {{ line: number, top: number, height: number }} Entry
     * Entries are in document order (top ascending); a line may appear more than once.
     */

    /** The entry a source line scrolls to: the greatest line ≤ `line`, its last occurrence. */
    function entryForLine(entries, line) {
        let best = -1;
        for (let i = 0; i < entries.length; i++) {
            const e = entries[i];
            if (e.line > line) continue;
            if (best < 0 || e.line > entries[best].line || e.line === entries[best].line) best = i;
        }
        return best;
    }

    /** The scroll position that shows `line` at the top, between its entry and the next. */
    function scrollTopForLine(entries, line) {
        if (entries.length === 0) return 0;
        const index = entryForLine(entries, line);
        if (index < 0) return Math.max(0, entries[0].top);
        const entry = entries[index];
        const next = entries.slice(index + 1).find(e => e.line > entry.line);
        if (next && next.line > line && next.top > entry.top && line > entry.line) {
            const fraction = (line - entry.line) / (next.line - entry.line);
            return entry.top + fraction * (next.top - entry.top);
        }
        return entry.top;
    }

    /** The source line (fractional) at a scroll position: the entry at the top, towards the next. */
    function lineAtScrollTop(entries, scrollTop) {
        if (entries.length === 0) return undefined;
        let index = -1;
        for (let i = 0; i < entries.length; i++) {
            if (entries[i].top <= scrollTop + 1) index = i;
            else break;
        }
        if (index < 0) return entries[0].line;
        const entry = entries[index];
        const next = entries[index + 1];
        // between two elements (a page's margin, a heading's space): the one coming into view
        if (next && entry.top + entry.height <= scrollTop) return next.line;
        if (next && next.line > entry.line && next.top > entry.top) {
            const fraction = Math.min(1, Math.max(0, (scrollTop - entry.top) / (next.top - entry.top)));
            return entry.line + fraction * (next.line - entry.line);
        }
        return entry.line;
    }

    /** The line a double-click points at: the nearest element with a data-line, from the target up. */
    function lineOfElement(element) {
        for (let e = element; e; e = e.parentElement) {
            if (e.dataset && e.dataset.line !== undefined) {
                const line = Number(e.dataset.line);
                if (Number.isFinite(line)) return line;
            }
        }
        return undefined;
    }

    function start(window, vscode) {
        const document = window.document;
        const report = document.getElementById('juesuan-report');
        const problemsBox = document.getElementById('juesuan-problems');
        const initial = readState(document.body.dataset.state);
        let state = Object.assign({}, initial, vscode.getState() || {});
        let problems = [];
        let cache;
        let suppressScrollUntil = 0;
        let pendingScroll;

        function entries() {
            if (cache) return cache;
            const list = [];
            const scrollY = window.scrollY;
            for (const element of report.querySelectorAll('[data-line]')) {
                if (!BLOCK_TAGS.has(element.tagName)) continue;
                const line = Number(element.dataset.line);
                if (!Number.isFinite(line)) continue;
                const rect = element.getBoundingClientRect();
                if (rect.height === 0 && rect.width === 0) continue;
                list.push({ line, top: rect.top + scrollY, height: rect.height });
            }
            list.sort((a, b) => a.top - b.top);
            cache = list;
            return list;
        }

        function scrollToLine(line) {
            suppressScrollUntil = Date.now() + 250;
            window.scrollTo(0, Math.max(0, scrollTopForLine(entries(), line) - 8));
        }

        function saveState(patch) {
            state = Object.assign({}, state, patch);
            vscode.setState(state);
        }

        window.addEventListener('resize', () => { cache = undefined; });

        window.addEventListener('scroll', () => {
            if (Date.now() < suppressScrollUntil) return;
            if (pendingScroll) return;
            pendingScroll = window.setTimeout(() => {
                pendingScroll = undefined;
                const line = lineAtScrollTop(entries(), window.scrollY + 8);
                if (line === undefined) return;
                saveState({ line });
                vscode.postMessage({ type: 'revealLine', line });
            }, 50);
        }, { passive: true });

        document.addEventListener('dblclick', event => {
            const line = lineOfElement(event.target);
            if (line !== undefined) vscode.postMessage({ type: 'openLine', line });
        });

        // links inside the report (contents, 附表 list) move within the page
        document.addEventListener('click', event => {
            const link = event.target instanceof window.Element ? event.target.closest('a[href^="#"]') : null;
            if (!link) return;
            const target = document.getElementById(link.getAttribute('href').slice(1));
            if (!target) return;
            event.preventDefault();
            target.scrollIntoView();
        });

        problemsBox.addEventListener('click', event => {
            const item = event.target instanceof window.Element ? event.target.closest('[data-problem-line]') : null;
            if (item) vscode.postMessage({ type: 'openLine', line: Number(item.getAttribute('data-problem-line')) });
        });

        window.addEventListener('message', event => {
            const message = event.data;
            if (!message || typeof message.type !== 'string') return;
            switch (message.type) {
                case 'update':
                    update(message.body);
                    if (typeof message.title === 'string') document.title = message.title;
                    // how long the extension took to render it, for whoever measures the preview
                    if (typeof message.renderMs === 'number') document.body.dataset.renderMs = String(Math.round(message.renderMs));
                    cache = undefined;
                    markProblems();
                    break;
                case 'scrollToLine':
                    if (typeof message.line === 'number') {
                        scrollToLine(message.line);
                        saveState({ line: message.line });
                    }
                    break;
                case 'problems':
                    problems = Array.isArray(message.problems) ? message.problems : [];
                    markProblems();
                    break;
            }
        });

        /**
         * Applies a new report: only what changed is replaced, so that the charts and tables an
         * edit did not touch stay as they are (no new layout for them) and the scroll position holds.
         */
        function update(body) {
            const next = document.createElement('template');
            next.innerHTML = body;
            morph(report, next.content);
        }

        /** The problems bar, and a mark on the elements of each problem's line. */
        function markProblems() {
            for (const element of report.querySelectorAll('.juesuan-problem')) {
                element.classList.remove('juesuan-problem', 'error', 'warning');
                if (element.dataset.originalTitle !== undefined) {
                    element.title = element.dataset.originalTitle;
                    delete element.dataset.originalTitle;
                }
            }
            for (const problem of problems) {
                for (const element of report.querySelectorAll(`[data-line="${Number(problem.line)}"]`)) {
                    if (element.dataset.originalTitle === undefined) element.dataset.originalTitle = element.title || '';
                    element.classList.add('juesuan-problem', problem.severity === 'error' ? 'error' : 'warning');
                    element.title = (element.title ? element.title + '\n' : '') + problem.message;
                }
            }
            renderProblems();
        }

        function renderProblems() {
            while (problemsBox.firstChild) problemsBox.removeChild(problemsBox.firstChild);
            const errors = problems.filter(p => p.severity === 'error').length;
            const warnings = problems.length - errors;
            problemsBox.hidden = problems.length === 0;
            if (problems.length === 0) return;
            const details = document.createElement('details');
            const summary = document.createElement('summary');
            summary.textContent = [errors > 0 ? `${errors} 个错误` : '', warnings > 0 ? `${warnings} 个警告` : ''].filter(Boolean).join('，');
            summary.className = errors > 0 ? 'error' : 'warning';
            details.appendChild(summary);
            const list = document.createElement('ol');
            for (const problem of problems) {
                const item = document.createElement('li');
                item.className = problem.severity === 'error' ? 'error' : 'warning';
                item.setAttribute('data-problem-line', String(problem.line));
                item.textContent = `第 ${Number(problem.line) + 1} 行：${problem.message}`;
                list.appendChild(item);
            }
            details.appendChild(list);
            problemsBox.appendChild(details);
        }

        if (typeof state.line === 'number') {
            // after layout: the charts and tables decide where each line is
            window.requestAnimationFrame(() => scrollToLine(state.line));
        }
        vscode.setState(state);
        vscode.postMessage({ type: 'ready' });
    }

    /** Makes `current`'s children equal to `next`'s, replacing only the nodes that differ. */
    function morph(current, next) {
        const before = Array.from(current.childNodes);
        const after = Array.from(next.childNodes);
        if (before.length !== after.length) {
            current.replaceChildren(...after);
            return;
        }
        for (let i = 0; i < before.length; i++) {
            const a = before[i];
            const b = after[i];
            if (a.isEqualNode(b)) continue;
            if (a.nodeType === 1 && b.nodeType === 1 && a.tagName === b.tagName && a.namespaceURI === b.namespaceURI) {
                syncAttributes(a, b);
                morph(a, b);
            } else {
                current.replaceChild(b, a);
            }
        }
    }

    function syncAttributes(a, b) {
        for (const name of a.getAttributeNames()) {
            if (!b.hasAttribute(name)) a.removeAttribute(name);
        }
        for (const name of b.getAttributeNames()) {
            const value = b.getAttribute(name);
            if (a.getAttribute(name) !== value) a.setAttribute(name, value);
        }
    }

    function readState(text) {
        try {
            const value = JSON.parse(text || '{}');
            return value && typeof value === 'object' ? value : {};
        } catch (e) {
            return {};
        }
    }

    return { entryForLine, scrollTopForLine, lineAtScrollTop, lineOfElement, morph, start };
});
