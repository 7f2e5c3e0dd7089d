/** User preferences kept in extension storage, shared by every view. */
import { storage } from 'wxt/utils/storage';

/** Whether the related-papers panel starts collapsed; remembered across pages and sites. */
export const panelCollapsed = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });
