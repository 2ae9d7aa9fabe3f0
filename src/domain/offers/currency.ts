import { invalidInput } from '../errors.js';

/**
 * ISO 4217 currency codes that salaries are paid in: the active national and regional codes,
 * without the precious-metal, fund and testing codes (XAU, XDR, XTS…). Kept here rather than
 * asked of `Intl`, so every Node version accepts exactly the same codes.
 */
const CODES = `AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP
GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW
KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD
NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP
SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES
VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG`;

export const CURRENCIES: ReadonlySet<string> = new Set(CODES.split(/\s+/u));

export type Currency = string;

/** Whether `code` is one of the ISO 4217 codes above (upper case, as stored). */
export const isCurrency = (code: string): boolean => CURRENCIES.has(code);

/** `eur` → `EUR`; anything that is not an ISO 4217 code is refused, naming `field`. */
export function parseCurrency(raw: string, field = 'currency'): Currency {
  const code = raw.trim().toUpperCase();
  if (!isCurrency(code)) {
    throw invalidInput(
      `${field} "${raw}" is not an ISO 4217 currency code (e.g. EUR, CAD, USD)`,
      field,
    );
  }
  return code;
}

/** An exchange rate the user typed: 1 `from` = `rate` `to`. */
export interface ExchangeRate {
  from: Currency;
  to: Currency;
  rate: number;
}

/** How an amount was converted, so every comparison can show its working. */
export type Conversion =
  | { ok: true; amount: number; rate: number; via: 'same' | 'rate' | 'inverse' }
  | { ok: false; from: Currency; to: Currency };

/**
 * Converts with the user's own rates only: the same currency as is, a rate typed for this pair,
 * or the inverse of one typed the other way (1 EUR = 1.5 CAD says 1 CAD = 1/1.5 EUR). Never a
 * chain through a third currency and never a looked-up rate: without a rate the answer says so.
 */
export function convert(
  amount: number,
  from: Currency,
  to: Currency,
  rates: readonly ExchangeRate[],
): Conversion {
  if (from === to) return { ok: true, amount, rate: 1, via: 'same' };
  const direct = rates.find((r) => r.from === from && r.to === to);
  if (direct !== undefined)
    return { ok: true, amount: amount * direct.rate, rate: direct.rate, via: 'rate' };
  const inverse = rates.find((r) => r.from === to && r.to === from);
  if (inverse !== undefined && inverse.rate > 0) {
    return { ok: true, amount: amount / inverse.rate, rate: 1 / inverse.rate, via: 'inverse' };
  }
  return { ok: false, from, to };
}

/** `no exchange rate from EUR to CAD: add one with …`, the sentence every edge shows. */
export const noRate = (from: Currency, to: Currency): string =>
  `cannot compare ${from} with ${to}: no exchange rate given (add the rate for 1 ${from} in ${to})`;

/** `95,000 CAD`: whole units, grouped, with the code (amounts are never shown as a guess). */
export function money(amount: number, currency: Currency): string {
  return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
}
