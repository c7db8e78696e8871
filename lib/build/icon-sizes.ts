/** Icon sizes in pixels: the toolbar (16, 32), the extensions page (48), Firefox Add-ons (96) and the Chrome Web Store (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
