// Entry of an ingest worker thread: load TypeScript the way bin/reportkb.js does (tsx), then the worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker-thread.ts');
