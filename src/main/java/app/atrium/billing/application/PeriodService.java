package app.atrium.billing.application;

import app.atrium.billing.AccountingPeriods;
import app.atrium.billing.persistence.PeriodLockStore;
import app.atrium.platform.web.AtriumException;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounting period locks. */
@Service
class PeriodService implements AccountingPeriods {

  private final PeriodLockStore locks;
  private final BillingContext context;

  PeriodService(PeriodLockStore locks, BillingContext context) {
    this.locks = locks;
    this.context = context;
  }

  @Override
  @Transactional
  public LockedPeriod lock(YearMonth period) {
    if (period == null) throw AtriumException.invalid("period", "is required, e.g. 2027-01");
    YearMonth current = YearMonth.from(context.today());
    if (!period.isBefore(current)) {
      throw AtriumException.invalid(
          "period", "only a month that has ended can be locked (before " + current + ")");
    }
    locks.lock(period, context.clock().instant(), context.accountId());
    return locks.list().stream().filter(l -> l.period().equals(period)).findFirst().orElseThrow();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean isLocked(YearMonth period) {
    return locks.isLocked(period.atDay(1));
  }

  @Override
  @Transactional(readOnly = true)
  public List<LockedPeriod> locked() {
    return locks.list();
  }
}
