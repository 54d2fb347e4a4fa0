// Hover Markdown as an editor shows it: rendered by markdown-it (what vsce uses; VS Code's own
// renderer follows the same CommonMark and GFM rules), with raw HTML and bare links turned on, the
// most a renderer would read into a text.
import { createRequire } from 'node:module';

interface Renderer {
    render(markdown: string): string;
}

const MarkdownIt = createRequire(import.meta.url)('markdown-it') as new (options: object) => Renderer;
const renderer = new MarkdownIt({ html: true, linkify: true });

export function renderMarkdown(markdown: string): string {
    return renderer.render(markdown);
}

/** The text a reader sees: the rendered HTML without its tags, entities decoded, spaces collapsed. */
export function renderedText(markdown: string): string {
    return renderMarkdown(markdown)
        .replace(/<[^>]*>/g, ' ')
        .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim();
}
