package org.wraparound.matching;

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

/**
 * Offers whose time ran out are expired every minute and their requests offered to the next in line, on Quartz's
 * clustered JDBC store so that each run happens on one node only. The job works from the database with the injected
 * clock, so a run missed while every node was down is simply caught up.
 */
@Configuration(proxyBeanMethods = false)
class MatchingJobs {

	@Bean
	JobDetail matchingExpiryJob() {
		return JobBuilder.newJob(ExpireOffers.class).withIdentity("offers", "matching").storeDurably()
			.withDescription("Offers whose time ran out go to the next in line").build();
	}

	@Bean
	Trigger matchingExpiryTrigger(JobDetail matchingExpiryJob) {
		return TriggerBuilder.newTrigger().forJob(matchingExpiryJob).withIdentity("offers", "matching")
			.withSchedule(CronScheduleBuilder.cronSchedule("30 * * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
	}

	@DisallowConcurrentExecution
	static class ExpireOffers implements Job {

		private final Matching matching;

		ExpireOffers(Matching matching) {
			this.matching = matching;
		}

		@Override
		public void execute(JobExecutionContext context) {
			matching.expireDue();
		}
	}
}
