export declare const BROWSER_TARGETS: { target: string[]; supported: Record<string, boolean> };
