/**
 * Static paths shared by the per-module training routes (/training/<id>/, sheets/, answers/,
 * sign-in/, feedback/, slides/): one page per module, the entry as a prop.
 */
import { getCollection } from 'astro:content';

export async function trainingModulePaths() {
  const modules = await getCollection('training');
  return modules.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
