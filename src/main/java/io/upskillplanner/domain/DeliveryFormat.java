package io.upskillplanner.domain;

/** How a credential is delivered. */
public enum DeliveryFormat {
    ONLINE, IN_PERSON, HYBRID
}
