/** The site's languages: Chinese first (the primary edition), then English. */
export type Locale = 'zh' | 'en';
/** A text in every language of the site. */
export type Text = Readonly<Record<Locale, string>>;
