// Shared look of every chart: sizes, colours and font, so pages stay consistent.
export const THEME = {
  width: 720,
  height: 320,
  marginLeft: 48,
  marginRight: 56,
  font: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  colors: {
    primary: '#b4232c',
    secondary: '#1f5c99',
    band: '#9bb7d4',
    muted: '#6b7280',
  },
} as const;
