package quanze.model;

import java.time.LocalDate;

/**
 * The day of the check: {@code --as-of DATE} ({@code given}), else today. A waiver's expiry is judged on either; the
 * law only on a day given (QZ119, QZ126), so that a check without {@code --as-of} says the same thing every day.
 */
public record CheckDay(LocalDate day, boolean given) {
}
