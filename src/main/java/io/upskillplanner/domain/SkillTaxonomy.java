package io.upskillplanner.domain;

/** Where a skill of the skill list comes from. */
public enum SkillTaxonomy {
    ESCO, ONET, USER
}
