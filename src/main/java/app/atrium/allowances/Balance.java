package app.atrium.allowances;

import app.atrium.plans.AllowanceKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A balance of one allowance kind for one period: {@code granted} (null: unlimited), {@code used}
 * and {@code left} (null when unlimited). {@code companyId} is set for a company's shared pool.
 */
public record Balance(
    UUID accountId,
    AllowanceKind kind,
    YearMonth period,
    BigDecimal granted,
    BigDecimal used,
    UUID memberId,
    UUID companyId) {

  @JsonProperty("unlimited")
  public boolean unlimited() {
    return granted == null;
  }

  /** What is left, or null when unlimited. */
  @JsonProperty("left")
  public BigDecimal left() {
    return granted == null ? null : granted.subtract(used);
  }
}
