package org.wraparound.helping;

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
 * The module's periodic work, on Quartz's clustered JDBC job store so that each run happens on one node only:
 * reminders and unfilled notices every minute, more occurrences of repeating requests every night. Each job works
 * from the database with the injected clock, so a run missed while every node was down is simply caught up.
 */
@Configuration(proxyBeanMethods = false)
class HelpingJobs {

	@Bean
	JobDetail helpingReminderJob() {
		return JobBuilder.newJob(SendReminders.class).withIdentity("reminders", "helping").storeDurably()
			.withDescription("Reminders due before commitments").build();
	}

	@Bean
	Trigger helpingReminderTrigger(JobDetail helpingReminderJob) {
		return everyMinute(helpingReminderJob, "reminders");
	}

	@Bean
	JobDetail helpingUnfilledJob() {
		return JobBuilder.newJob(AnnounceUnfilled.class).withIdentity("unfilled", "helping").storeDurably()
			.withDescription("Requests starting soon that still need helpers").build();
	}

	@Bean
	Trigger helpingUnfilledTrigger(JobDetail helpingUnfilledJob) {
		return everyMinute(helpingUnfilledJob, "unfilled");
	}

	@Bean
	JobDetail helpingHorizonJob() {
		return JobBuilder.newJob(ExtendRepeats.class).withIdentity("horizon", "helping").storeDurably()
			.withDescription("Occurrences of repeating requests up to the horizon").build();
	}

	@Bean
	Trigger helpingHorizonTrigger(JobDetail helpingHorizonJob) {
		return TriggerBuilder.newTrigger().forJob(helpingHorizonJob).withIdentity("horizon", "helping")
			.withSchedule(CronScheduleBuilder.cronSchedule("0 15 2 * * ?")
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	private static Trigger everyMinute(JobDetail job, String name) {
		return TriggerBuilder.newTrigger().forJob(job).withIdentity(name, "helping")
			.withSchedule(CronScheduleBuilder.cronSchedule("0 * * * * ?").withMisfireHandlingInstructionDoNothing())
			.build();
	}

	@DisallowConcurrentExecution
	static class SendReminders implements Job {

		private final Reminders reminders;

		SendReminders(Reminders reminders) {
			this.reminders = reminders;
		}

		@Override
		public void execute(JobExecutionContext context) {
			reminders.sendDue();
		}
	}

	@DisallowConcurrentExecution
	static class AnnounceUnfilled implements Job {

		private final UnfilledNotices notices;

		AnnounceUnfilled(UnfilledNotices notices) {
			this.notices = notices;
		}

		@Override
		public void execute(JobExecutionContext context) {
			notices.announceDue();
		}
	}

	@DisallowConcurrentExecution
	static class ExtendRepeats implements Job {

		private final RepeatingRequests repeats;

		ExtendRepeats(RepeatingRequests repeats) {
			this.repeats = repeats;
		}

		@Override
		public void execute(JobExecutionContext context) {
			repeats.extendAll();
		}
	}
}
