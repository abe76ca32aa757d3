// Worker thread for parallel archive builds: imports its share of the source files and sends
// back each file's metadata. Started by import-pool.ts.
import { parentPort, workerData } from 'node:worker_threads'
import { runImportJob, type ImportJob } from './import-pool'

await runImportJob(workerData as ImportJob, (result) => parentPort!.postMessage({ result }))
parentPort!.postMessage({ done: true })
