package quanze.model;

/** A waiver that has not expired on the day of the check: derived by rules/waivers.drl. */
public record WaiverInForce(Waiver waiver) {
}
