import { startServer } from './main.js';
import { tuneV8 } from './v8-tuning.js';

tuneV8();
startServer();
