// The only module that touches ipcRenderer. It exposes exactly the AppApi contract, one method per
// operation: never ipcRenderer itself, and never the raw IpcRendererEvent (security checklist #20).
import { contextBridge, ipcRenderer } from 'electron'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  MENU_COMMANDS,
  type AppApi,
  type MenuCommand,
  type OpenedFile,
} from '../../shared/api/contract'

// Listened to from the start, so a file opened by double-click before React subscribed is kept.
const earlyFiles: OpenedFile[] = []
let fileListener: ((file: OpenedFile) => void) | null = null
ipcRenderer.on(EVENT_CHANNELS.fileOpened, (_event, file: OpenedFile) => {
  if (fileListener) fileListener(file)
  else earlyFiles.push(file)
})

const api = {
  getAppInfo: () => ipcRenderer.invoke(INVOKE_CHANNELS.getAppInfo),
  listQuestionnaires: () => ipcRenderer.invoke(INVOKE_CHANNELS.listQuestionnaires),
  getQuestionnaire: (ref) => ipcRenderer.invoke(INVOKE_CHANNELS.getQuestionnaire, ref),
  listAssessments: () => ipcRenderer.invoke(INVOKE_CHANNELS.listAssessments),
  createAssessment: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.createAssessment, request),
  loadAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.loadAssessment, id),
  saveAssessment: (assessment) => ipcRenderer.invoke(INVOKE_CHANNELS.saveAssessment, assessment),
  deleteAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.deleteAssessment, id),
  restoreAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.restoreAssessment, id),
  duplicateAssessment: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.duplicateAssessment, id),
  exportWorkingCopy: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.exportWorkingCopy, id),
  openFile: () => ipcRenderer.invoke(INVOKE_CHANNELS.openFile),
  openDroppedFile: (file) => ipcRenderer.invoke(INVOKE_CHANNELS.openDroppedFile, file),
  exportReport: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.exportReport, request),
  exportShortlist: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.exportShortlist, request),
  listCollections: () => ipcRenderer.invoke(INVOKE_CHANNELS.listCollections),
  createCollection: (name) => ipcRenderer.invoke(INVOKE_CHANNELS.createCollection, name),
  getCollection: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.getCollection, id),
  importSubmissions: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.importSubmissions, request),
  importDroppedSubmissions: (request) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.importDroppedSubmissions, request),
  chooseSubmission: (request) => ipcRenderer.invoke(INVOKE_CHANNELS.chooseSubmission, request),
  exportRegionalReport: (request) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.exportRegionalReport, request),
  getSigningKey: () => ipcRenderer.invoke(INVOKE_CHANNELS.getSigningKey),
  createSigningKey: () => ipcRenderer.invoke(INVOKE_CHANNELS.createSigningKey),
  onMenuCommand: (listener) => {
    const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
      if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand)
    }
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, forward)
    return () => ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, forward)
  },
  onFileOpened: (listener) => {
    fileListener = listener
    // Files the OS handed over while the page was still starting are delivered now.
    for (const file of earlyFiles.splice(0)) listener(file)
    return () => {
      if (fileListener === listener) fileListener = null
    }
  },
  onImportProgress: (listener) => {
    const forward = (
      _event: Electron.IpcRendererEvent,
      progress: { done: number; total: number },
    ) => listener({ done: Number(progress.done), total: Number(progress.total) })
    ipcRenderer.on(EVENT_CHANNELS.importProgress, forward)
    return () => ipcRenderer.removeListener(EVENT_CHANNELS.importProgress, forward)
  },
} satisfies AppApi

contextBridge.exposeInMainWorld('api', api)
