/**
 * Technical glue shared by every module: languages and messages, the page context that every template receives,
 * the clock, error pages and web configuration. It depends on no business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.wraparound.platform;
