// jsdom (jest-environment-jsdom) leaves out TextEncoder, which the Office adapter's payload sizing uses.
// Imported before the adapter; belongs in test/support/setup-jsdom.ts once that file takes it.
import { TextEncoder } from "node:util";

(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;
