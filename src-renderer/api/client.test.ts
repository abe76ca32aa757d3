// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { takeToken } from './client'

describe('takeToken', () => {
  it('takes the token from the fragment, keeps it for reloads and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/index.html#token=abc&article=x')
    sessionStorage.clear()
    expect(takeToken(window.location, sessionStorage, window.history)).toBe('abc')
    expect(window.location.hash).toBe('#article=x')
    expect(takeToken(window.location, sessionStorage, window.history)).toBe('abc')
  })

  it('has no token when none was ever given', () => {
    window.history.replaceState(null, '', '/index.html')
    sessionStorage.clear()
    expect(takeToken(window.location, sessionStorage, window.history)).toBeNull()
  })
})
