// Worker thread for parallel index builds: indexes one contiguous run of an archive's articles
// into one segment file and reports its hash. Started by parallel-build.ts.
import { parentPort, workerData } from 'node:worker_threads'
import { openLibrary } from '../library/open-library'
import { buildSegmentFile, type SegmentJob } from './parallel-build'

const job = workerData as SegmentJob
const { library } = await openLibrary(job.archiveDir)
if (!library) throw new Error(`no archive in ${job.archiveDir}`)
const result = await buildSegmentFile(
  library,
  job,
  (done) => parentPort!.postMessage({ done }),
  true,
)
parentPort!.postMessage({ result })
