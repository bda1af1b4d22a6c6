/**
 * The public face of Wraparound: the home page that explains what a Compassionate Community is, quick facts with
 * their sources, ways to get in touch, the story staff chose to feature, and the pages that tell a visitor how to join, start or ask for help.
 * Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "stories" })
package org.wraparound.site;
