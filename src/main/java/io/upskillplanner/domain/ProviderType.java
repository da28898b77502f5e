package io.upskillplanner.domain;

/** What kind of organisation offers a credential. */
public enum ProviderType {
    UNIVERSITY, INDUSTRY_BODY, VENDOR, PLATFORM, BOOTCAMP, EMPLOYER, OTHER
}
