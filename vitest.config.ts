import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // tests that start processes (the CLI, the server, Chromium) need room on a loaded 2-core machine
        testTimeout: 30_000,
        hookTimeout: 60_000,
    },
});
