/**
 * Fill-in templates (agenda, letters, role description, poster, press release, plans) and the presenter slides: a
 * champion fills a short form, pre-filled from the community, and downloads a PDF in English or French; what was
 * typed is kept per community and template for next time. Internal to the toolkit module.
 */
package org.wraparound.toolkit.templates;
