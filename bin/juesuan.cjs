#!/usr/bin/env node
// Node 22.1+ keeps the compiled bundle on disk between runs: a check starts sooner
require('node:module').enableCompileCache?.();
require('../out/cli.cjs');
