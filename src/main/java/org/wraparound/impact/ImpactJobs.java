package org.wraparound.impact;

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
 * Impact's periodic work on Quartz's clustered store (one node runs each): the evaluation check-ins that fell due,
 * every morning. It works from the database with the injected clock, so a day missed is caught up the next.
 */
@Configuration(proxyBeanMethods = false)
class ImpactJobs {

	@Bean
	JobDetail impactCheckInJob() {
		return JobBuilder.newJob(SendCheckIns.class).withIdentity("check-ins", "impact").storeDurably()
			.withDescription("Evaluation check-ins due to caregivers").build();
	}

	@Bean
	Trigger impactCheckInTrigger(JobDetail impactCheckInJob) {
		return TriggerBuilder.newTrigger().forJob(impactCheckInJob).withIdentity("check-ins", "impact")
			.withSchedule(CronScheduleBuilder.cronSchedule("0 30 9 * * ?").withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

	@DisallowConcurrentExecution
	static class SendCheckIns implements Job {

		private final EvaluationCheckIns checkIns;

		SendCheckIns(EvaluationCheckIns checkIns) {
			this.checkIns = checkIns;
		}

		@Override
		public void execute(JobExecutionContext context) {
			checkIns.sendDue();
		}
	}
}
