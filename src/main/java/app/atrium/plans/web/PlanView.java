package app.atrium.plans.web;

import app.atrium.plans.Plan;

/** A plan with its amounts formatted for the reader's language and its active memberships. */
public record PlanView(Plan plan, String price, String freezeFee, long members) {}
