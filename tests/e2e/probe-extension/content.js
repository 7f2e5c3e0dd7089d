// The e2e probe's content script: marks the page, then records the worker's answer on it.
document.documentElement.dataset.probe = 'content-script';
chrome.runtime.sendMessage('probe', (reply) => {
  document.documentElement.dataset.probeMessagesSeen = String(reply.messagesSeen);
});
