package app.atrium.plans.web;

import app.atrium.platform.web.PageErrorPages;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** An unknown membership or member on these pages is the error page with its status. */
@ControllerAdvice(assignableTypes = MembershipPages.class)
class MembershipPageErrors extends PageErrorPages {}
