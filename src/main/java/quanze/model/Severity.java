package quanze.model;

/** How serious a finding is. */
public enum Severity implements Keyed {
    ERROR, WARNING
}
