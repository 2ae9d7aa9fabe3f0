import {
  IANAZone,
  Settings,
  SystemZone,
  Zone,
  type ZoneOffsetFormat,
  type ZoneOffsetOptions,
} from 'luxon';

/**
 * luxon reaches every IANA zone through `Intl.DateTimeFormat`, and the first one a process
 * creates costs ~30 ms of ICU set-up (more on a busy machine), even just to check that the
 * zone name is valid. That was most of a `today --json` start. The zone the runtime itself
 * runs in (the process's TZ) needs none of it: `Date` already knows its offsets. The edge that
 * reads the environment names that zone once (`useRuntimeZone`); `zoneOf` then hands luxon a
 * zone that reads offsets from `Date`, and `isValidZone` accepts it without asking `Intl`.
 * Other zones take luxon's usual path. Nothing here reads the environment itself.
 */
class RuntimeZone extends Zone<true> {
  constructor(private readonly zoneName: string) {
    super();
  }

  override get type(): string {
    // The same zone as luxon's IANAZone of this name, as far as luxon's comparisons go.
    return 'iana';
  }

  override get name(): string {
    return this.zoneName;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    // Names ("EST") need Intl anyway; nothing on a start-up path asks for them.
    return IANAZone.create(this.zoneName).offsetName(ts, options) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return SystemZone.instance.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    return -new Date(ts).getTimezoneOffset();
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.zoneName;
  }

  override get isValid(): true {
    return true;
  }
}

let runtime: RuntimeZone | undefined;

/**
 * Declares the IANA name of the zone the runtime's `Date` works in. Call it only when that is
 * certain (the edge checks TZ against the system's zone database); `undefined` forgets it.
 */
export function useRuntimeZone(name: string | undefined): void {
  runtime = name === undefined || name === '' ? undefined : new RuntimeZone(name);
}

/** The zone to hand luxon for a zone name: the runtime's own when it is that one. */
export const zoneOf = (name: string): Zone | string =>
  runtime !== undefined && name === runtime.name ? runtime : name;

/** Whether the name is the runtime's zone, which is valid without asking Intl. */
export const isRuntimeZone = (name: string): boolean =>
  runtime !== undefined && name === runtime.name;

/**
 * UTC under its usual names: always valid and offset 0, so neither checking nor using it needs
 * Intl (the default policy is built for 'UTC' when a module loads, on every start).
 */
export const isUtcName = (name: string): boolean =>
  name === 'UTC' || name === 'Etc/UTC' || name === 'GMT' || name === 'Etc/GMT';

/** The runtime's zone as a luxon zone, when the name is it. */
export const runtimeZone = (name: string): Zone | undefined =>
  runtime !== undefined && name === runtime.name ? runtime : undefined;

// Every name luxon prints is asked for in en-US explicitly; a default locale spares luxon
// asking Intl for the system's on the first DateTime (another Intl.DateTimeFormat).
Settings.defaultLocale = 'en-US';
