/** Upturn's theme, loaded from src/app/index.css with `@config`. */
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      fontFamily: {
        sans: [
          'Inter',
          'ui-sans-serif',
          'system-ui',
          'Segoe UI',
          'Roboto',
          'Helvetica Neue',
          'Arial',
          'sans-serif',
        ],
      },
      colors: {
        ink: { DEFAULT: '#0f172a', soft: '#334155', faint: '#64748b' },
        customer: { DEFAULT: '#0f766e', soft: '#ccfbf1', line: '#14b8a6' },
        flag: { DEFAULT: '#b91c1c', soft: '#fef2f2', line: '#f87171' },
        warn: { DEFAULT: '#b45309', soft: '#fffbeb' },
        brand: { DEFAULT: '#4f46e5', soft: '#eef2ff' },
      },
    },
  },
};
