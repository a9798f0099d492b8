// Types for vite.bundle.config.ts; the module is plain JavaScript so Node tests can import it as it is.
import type { Plugin } from 'vite';

export function minifyCss(css: string): string;
export function minifyLiterals(code: string, fileName: string): { code: string; map?: string } | null;
export function minifyLitLiterals(): Plugin;
