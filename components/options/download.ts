/** Saves a generated file through the browser's download (no permission needed, nothing leaves the device). */
export interface DownloadableFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export function downloadFile({ fileName, mimeType, content }: DownloadableFile): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
