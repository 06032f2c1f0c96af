package quanze.model;

import java.time.LocalDate;

/**
 * An accepted exception, openly: this finding on this item is waived, for a reason, approved by someone, on
 * a date, until a date (null: no expiry).
 */
public record Waiver(String item, String code, String reason, String approvedBy, LocalDate approvedOn,
                     LocalDate expires, Location location) {

    public boolean expiredOn(LocalDate day) {
        return expires != null && day.isAfter(expires);
    }
}
