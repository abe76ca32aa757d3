// Renderer entry: connects to the API and mounts the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { connect } from './api/client'
import './styles.css'

const setup = connect()
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {setup.client ? (
      <App api={setup.client} />
    ) : (
      <main className="fatal" role="alert">
        <h1>Scholion cannot start</h1>
        <p>{setup.problem}</p>
      </main>
    )}
  </StrictMode>,
)
