// The class setup's code loads only where the class service runs.
import { classServiceHere } from './service-here';

if (document.querySelector('class-setup') && classServiceHere()) void import('./class-setup');
