package quanze.model;

import java.time.LocalDate;

/** The day of the check ({@code --as-of}, else today): the day a waiver's expiry is judged on. */
public record CheckDay(LocalDate day) {
}
