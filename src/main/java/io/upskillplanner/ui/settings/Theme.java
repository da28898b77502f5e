package io.upskillplanner.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two looks the app offers; both are AtlantaFX themes so focus rings and contrast come with them. */
public enum Theme {
    LIGHT, DARK;

    public String userAgentStylesheet() {
        return this == DARK ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }
}
