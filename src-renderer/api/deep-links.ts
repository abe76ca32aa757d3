// Where deep links reach the page: from the desktop app's protocol handler (the preload's event
// source), or in a browser from `#open=<scholion link>` in the address, on load and whenever the
// fragment changes (pasting a link's fragment into the address bar, say).
import { EVENTS_NAME, type AppEvents } from '../../src-shared/bridge'

export function subscribeDeepLinks(onLink: (url: string) => void): () => void {
  const events = (window as unknown as Record<string, AppEvents | undefined>)[EVENTS_NAME]
  if (events) return events.onDeepLink(onLink)
  const fromFragment = () => {
    const params = new URLSearchParams(window.location.hash.replace(/^#/, ''))
    const link = params.get('open')
    if (!link) return
    params.delete('open')
    const rest = params.toString()
    const { pathname, search } = window.location
    window.history.replaceState(null, '', `${pathname}${search}${rest ? `#${rest}` : ''}`)
    onLink(link)
  }
  fromFragment()
  window.addEventListener('hashchange', fromFragment)
  return () => window.removeEventListener('hashchange', fromFragment)
}
