/**
 * A progress line on stderr for long runs: redrawn in place on a terminal, printed every 10% otherwise (so
 * that CI logs show progress without thousands of lines).
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastTenth = -1;
  return {
    update(done: number, total: number, detail: string): void {
      const fraction = total === 0 ? 1 : done / total;
      const seconds = (Date.now() - started) / 1000;
      const line = `${label} [${'#'.repeat(Math.round(fraction * 30)).padEnd(30, '.')}] ${done}/${total} ${detail} ${seconds.toFixed(1)} s`;
      if (stream.isTTY) stream.write(`\r${line}`);
      else if (Math.floor(fraction * 10) > lastTenth) {
        lastTenth = Math.floor(fraction * 10);
        stream.write(`${line}\n`);
      }
    },
    done(): void {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
