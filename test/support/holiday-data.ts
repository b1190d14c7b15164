// Every test plans with the real holiday data set, as the action does once its inputs are read.
import { useDateHolidays } from '../../src/action/holiday-files';

useDateHolidays();
