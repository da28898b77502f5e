package io.upskillplanner.domain;

/** The digital badge standard a credential is issued in, if any. */
public enum BadgeStandard {
    NONE, OPEN_BADGES_2, OPEN_BADGES_3
}
