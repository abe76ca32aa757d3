// Keys that outside data (a pack, a member's file, an import, a synced page) may not use as a
// name in an object: `__proto__`, `constructor` and `prototype` reach the object's prototype
// instead of an entry of its own, the way prototype pollution starts. Every id that becomes a
// key of a record is checked here; maps keyed by outside data are `Map`s or go through `lookup`.
import { z } from 'zod'

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype'])

/** False for a name that would reach an object's prototype. */
export function isSafeKey(key: string): boolean {
  return !UNSAFE.has(key)
}

const RESERVED = 'a reserved name (__proto__, constructor or prototype)'

/** A string usable as a record key; for `z.record(safeKey, …)` and ids that become keys. */
export const safeKey = z.string().refine(isSafeKey, RESERVED)

/** `record[key]` if the record holds it itself, never what its prototype holds. */
export function lookup<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}
