package io.upskillplanner.domain;

/** How an earned badge reached the app: the Open Badges version and the container it came in. */
public enum BadgeFormat {
    OB2_JSON, OB2_PNG, OB2_SIGNED, OB3_JSON, OB3_JWT, OB3_PNG, OB3_SVG;

    public boolean isOpenBadges3() {
        return name().startsWith("OB3");
    }
}
