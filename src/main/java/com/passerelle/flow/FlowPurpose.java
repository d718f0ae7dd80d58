package com.passerelle.flow;

/** What a flow's lines do (seed 000): create onboarding journeys, or keep the directory. */
public enum FlowPurpose {
  /** Each valid line creates a journey for its person (one per person). */
  JOURNEY_CREATION("Journey creation"),
  /** Each valid line creates the person's profile (one per email). */
  DIRECTORY_UPDATE("Directory update");

  private final String label;

  FlowPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
