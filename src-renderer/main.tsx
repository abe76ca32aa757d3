// Renderer entry: bundled fonts (the app never fetches any), styles, the API, the interface's
// language (chosen in the settings, else the system's), the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/400-italic.css'
import '@fontsource/noto-serif/600.css'
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import '@fontsource/noto-naskh-arabic/400.css'
import '@fontsource/noto-naskh-arabic/600.css'
import { App } from './App'
import { ApiProvider } from './store/app-state'
import { connect } from './api/client'
import { trackedClient } from './api/tracked-client'
import { localisedClient } from './api/localised-client'
import { flushWhenLeaving } from './api/pending-saves'
import { chooseLanguage, translate } from './i18n'
import './styles.css'
import './annotations/annotations.css'
import './archive/archive.css'

const setup = connect()
// Whatever waits to be saved is saved when the page is hidden, reloaded or closed.
flushWhenLeaving()

async function interfaceLanguage() {
  const r = setup.client ? await setup.client['settings.get']({}).catch(() => null) : null
  return r?.ok ? r.value.interfaceLanguage : null
}

void interfaceLanguage().then(chooseLanguage).finally(render)

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {setup.client ? (
        <ApiProvider api={trackedClient(localisedClient(setup.client))}>
          <App />
        </ApiProvider>
      ) : (
        <main className="fatal" role="alert">
          <h1>{translate('app.cannotStart')}</h1>
          <p>{setup.problem}</p>
        </main>
      )}
    </StrictMode>,
  )
}
