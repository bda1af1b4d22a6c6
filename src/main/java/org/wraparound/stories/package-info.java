/**
 * Stories that members and champions tell about their Compassionate Community: submitted with the consent of every
 * person named or shown, checked by staff (edited, approved, sent back or rejected), then published in English or
 * French, one of them featured on the home page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "accounts", "communities", "audit" })
package org.wraparound.stories;
