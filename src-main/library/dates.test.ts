import { expect, it } from 'vitest'
import { findFirstDate } from './dates'

it.each([
  ['Published in Rizospastis, Saturday 22 January – Sunday 23 January 2022', '2022-01-22'],
  ['Published in Rizospastis, 3 March 2021', '2021-03-03'],
  ['First published on March 3rd, 2021', '2021-03-03'],
  ['Published 2020-11-07', '2020-11-07'],
  ['Published in Rizospastis', null],
  ['30 February 2022', null],
])('findFirstDate(%j) = %j', (line, expected) => {
  expect(findFirstDate(line)).toBe(expected)
})
