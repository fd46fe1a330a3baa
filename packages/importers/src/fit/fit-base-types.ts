/**
 * FIT base types, indexed by the low 5 bits of the base type byte.
 * Sizes in bytes; values read as numbers, with the type's invalid sentinel turned into NaN so callers
 * need one cheap `Number.isNaN` test instead of a per-type comparison.
 */
export const BASE_TYPE_SIZE_BYTES = new Uint8Array([1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8]);

const BASE_TYPE_STRING = 7;

/** Reads one value of a base type; NaN when it is the invalid sentinel or the type is unknown. */
export function readFitNumber(view: DataView, offset: number, baseType: number, littleEndian: boolean): number {
  switch (baseType) {
    case 0: // enum
    case 2: // uint8
    case 13: {
      // byte
      const v = view.getUint8(offset);
      return v === 0xff ? Number.NaN : v;
    }
    case 1: {
      const v = view.getInt8(offset);
      return v === 0x7f ? Number.NaN : v;
    }
    case 3: {
      const v = view.getInt16(offset, littleEndian);
      return v === 0x7fff ? Number.NaN : v;
    }
    case 4: {
      const v = view.getUint16(offset, littleEndian);
      return v === 0xffff ? Number.NaN : v;
    }
    case 5: {
      const v = view.getInt32(offset, littleEndian);
      return v === 0x7fffffff ? Number.NaN : v;
    }
    case 6: {
      const v = view.getUint32(offset, littleEndian);
      return v === 0xffffffff ? Number.NaN : v;
    }
    case 8:
      // The invalid pattern 0xFFFFFFFF is itself a NaN.
      return view.getFloat32(offset, littleEndian);
    case 9:
      return view.getFloat64(offset, littleEndian);
    case 10: {
      const v = view.getUint8(offset);
      return v === 0 ? Number.NaN : v;
    }
    case 11: {
      const v = view.getUint16(offset, littleEndian);
      return v === 0 ? Number.NaN : v;
    }
    case 12: {
      const v = view.getUint32(offset, littleEndian);
      return v === 0 ? Number.NaN : v;
    }
    case 14: {
      const v = view.getBigInt64(offset, littleEndian);
      return v === 0x7fffffffffffffffn ? Number.NaN : Number(v);
    }
    case 15:
    case 16: {
      const v = view.getBigUint64(offset, littleEndian);
      return v === 0xffffffffffffffffn || (baseType === 16 && v === 0n) ? Number.NaN : Number(v);
    }
    default:
      return Number.NaN;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: false });

/** Reads a NUL-terminated UTF-8 string field; "" when empty or invalid. */
export function readFitString(bytes: Uint8Array, offset: number, sizeBytes: number): string {
  let end = offset;
  const limit = offset + sizeBytes;
  while (end < limit && bytes[end] !== 0) end++;
  return utf8.decode(bytes.subarray(offset, end));
}

export function isStringBaseType(baseType: number): boolean {
  return baseType === BASE_TYPE_STRING;
}
