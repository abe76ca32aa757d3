// How deep parsed JSON from outside goes, measured without recursion. JSON.parse takes any depth,
// but the code after it (JSON.stringify, a schema, a tree walk) recurses and would overflow the
// stack on a file of 100,000 nested arrays; such a file is refused up front instead.

/** The deepest any real file of ours goes is under 10; 64 leaves room for other tools' files. */
export const MAX_JSON_DEPTH = 64

/** True when `value` nests objects or arrays more than `max` deep. */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length) {
    const [v, depth] = stack.pop()!
    if (typeof v !== 'object' || v === null) continue
    if (depth > max) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
    }
  }
  return false
}
