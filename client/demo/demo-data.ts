/**
 * Sample people and ideas for the demo: what simulated participants "type", like user input,
 * so it is data rather than interface text.
 */
export const DEMO_ORGANIZATIONS = ['Riverside Tenants Union', 'Northside Food Bank', 'City Cycling Club'];

export const DEMO_PEOPLE = [
  { name: 'Amara', organization: 'Riverside Tenants Union' },
  { name: 'Bruno', organization: 'Northside Food Bank' },
  { name: 'Chen', organization: 'City Cycling Club' },
  { name: 'Dalia', organization: 'Riverside Tenants Union' },
  { name: 'Emeka', organization: 'Northside Food Bank' },
  { name: 'Freya', organization: 'City Cycling Club' },
];

export const DEMO_IDEAS = [
  'A shared calendar so member events never clash',
  'One joint campaign per year with a common message',
  'Pool volunteers across organizations for big events',
  'A common fund for small urgent grants',
  'Meet the city council together twice a year',
  'Share meeting space between members',
  'Train new organizers together',
  'Publish a yearly report of what the alliance achieved',
  'Translate our materials into the three main local languages',
  'A joint newsletter for all members',
  'Map the needs of each neighbourhood together',
  'Agree a code of conduct for joint events',
];
