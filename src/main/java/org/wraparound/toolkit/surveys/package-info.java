/**
 * Readiness and needs surveys: a champion starts from a built-in question set (shipped in English and French),
 * edits it, publishes it at a public link that needs no account, closes it, and runs it again later; the results
 * come as charts with their numbers in tables, free-text answers, and a CSV file. Internal to the toolkit module.
 */
package org.wraparound.toolkit.surveys;
