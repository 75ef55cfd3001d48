// chart.js with only what Order Desk's line and bar charts need registered. Named imports let the bundler drop
// the controllers and elements Order Desk never draws. Loaded lazily by line-chart.ts.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	LinearScale,
	CategoryScale,
	Legend,
	Tooltip
);

export { Chart };
