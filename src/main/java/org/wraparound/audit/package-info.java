/**
 * The append-only log of who read or changed a person's information, and when and from where. Every other module
 * writes to it through {@link org.wraparound.audit.AuditLog}; staff read it on the audit page. Nothing ever changes
 * or removes an entry.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "platform")
package org.wraparound.audit;
