/** The demo organisations, as plain data. */
import { albertslund } from './albertslund.ts';
import { ishoej } from './ishoej.ts';
import type { DemoOrg } from './types.ts';

export type { DemoCharter, DemoOrg } from './types.ts';
export { albertslund, ishoej };

export const demoOrgs: DemoOrg[] = [albertslund, ishoej];
