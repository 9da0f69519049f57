declare global {
  interface Window {
    __wasmMemoryProbe?: boolean;
  }
}

/**
 * Wraps every Worker the page starts so the runner can read the size of the worker's
 * WebAssembly memory (`self.__wasmBytes()`, via Playwright's worker.evaluate). The engine
 * code is untouched: it still calls `new Worker(url)` with DuckDB's own worker script.
 */
export function installWasmMemoryProbe(): void {
  if (window.__wasmMemoryProbe) return;
  window.__wasmMemoryProbe = true;
  const Real = window.Worker;
  window.Worker = class extends Real {
    constructor(url: string | URL, options?: WorkerOptions) {
      const script = new URL(url, location.href).href;
      const src = `
// Records every WebAssembly.Memory the worker creates, whether exported or imported.
const Memory = WebAssembly.Memory;
self.__memories = [];
WebAssembly.Memory = function (descriptor) {
  const memory = new Memory(descriptor);
  self.__memories.push(memory);
  return memory;
};
WebAssembly.Memory.prototype = Memory.prototype;
const instantiate = WebAssembly.instantiate;
const streaming = WebAssembly.instantiateStreaming;
const keep = (result) => {
  const exports = Object.values((result.instance ?? result).exports ?? {});
  for (const v of exports) if (v instanceof Memory && !self.__memories.includes(v)) self.__memories.push(v);
  return result;
};
WebAssembly.instantiate = (s, i) => instantiate(s, i).then(keep);
if (streaming) WebAssembly.instantiateStreaming = (s, i) => streaming(s, i).then(keep);
self.__wasmBytes = () => Math.max(0, ...self.__memories.map((m) => m.buffer.byteLength));
importScripts(${JSON.stringify(script)});`;
      super(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })), options);
    }
  };
}
