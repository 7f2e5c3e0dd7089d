// The e2e probe's worker: answers each message with how many it has seen since it (re)started.
let messagesSeen = 0;
chrome.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
  messagesSeen += 1;
  sendResponse({ messagesSeen });
});
