// Types of build-stamp.mjs, for its test.
export declare const INPUTS: string[];
export declare const OUTPUTS: string[];
export declare const STAMP: string;
export declare function inputsHash(root: string): string;
export declare function isCurrent(root: string): boolean;
export declare function writeStamp(root: string, hash?: string): void;
export declare function ensureBuilt(
  root: string,
  build: () => boolean,
): 'current' | 'built' | 'failed';
