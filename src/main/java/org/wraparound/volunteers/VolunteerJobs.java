package org.wraparound.volunteers;

import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's periodic work on Quartz's clustered store: reminders of expiring checks, every morning. */
@Configuration(proxyBeanMethods = false)
class VolunteerJobs {

	@Bean
	JobDetail volunteersExpiringChecksJob() {
		return JobBuilder.newJob(RemindExpiringChecks.class).withIdentity("expiring-checks", "volunteers")
			.storeDurably().withDescription("Reminders of police checks expiring within 30 days").build();
	}

	@Bean
	Trigger volunteersExpiringChecksTrigger(JobDetail volunteersExpiringChecksJob) {
		return TriggerBuilder.newTrigger().forJob(volunteersExpiringChecksJob)
			.withIdentity("expiring-checks", "volunteers")
			.withSchedule(CronScheduleBuilder.cronSchedule("0 0 9 * * ?").withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	@DisallowConcurrentExecution
	static class RemindExpiringChecks implements Job {

		private final ExpiringChecks checks;

		RemindExpiringChecks(ExpiringChecks checks) {
			this.checks = checks;
		}

		@Override
		public void execute(JobExecutionContext context) {
			checks.remindDue();
		}
	}
}
