// Loaded with --import in the child process that runs the built main bundle.
import { register } from 'node:module'

register('./hooks.mjs', import.meta.url)
