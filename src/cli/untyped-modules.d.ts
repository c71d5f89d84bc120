// Declarations for dependencies that ship no types of their own.

declare module 'html-encoding-sniffer' {
  /** The WHATWG encoding sniffing algorithm on a page's bytes; returns an encoding name. */
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}

declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  /** GitHub tables: a header row (empty when the table has none), pipes in cells escaped. */
  export const tables: TurndownService.Plugin;
}
