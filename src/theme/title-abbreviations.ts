/**
 * The short forms a role title may take when it does not fit its card, in
 * the words people use on org charts ("SVP", "Mgr"). One list, read by every
 * place that shortens a title (the image exports now, the canvas later).
 *
 * Longer phrases come first: the shortening tries them in this order, one at
 * a time, so "Senior Vice President" becomes "SVP" rather than "Sr. VP".
 */
export const TITLE_ABBREVIATIONS: readonly (readonly [phrase: string, short: string])[] = [
  ['Chief Executive Officer', 'CEO'],
  ['Chief Operating Officer', 'COO'],
  ['Chief Financial Officer', 'CFO'],
  ['Chief Technology Officer', 'CTO'],
  ['Chief Information Officer', 'CIO'],
  ['Chief Marketing Officer', 'CMO'],
  ['Chief People Officer', 'CPO'],
  ['Chief Revenue Officer', 'CRO'],
  ['Chief Customer Officer', 'CCO'],
  ['Executive Vice President', 'EVP'],
  ['Senior Vice President', 'SVP'],
  ['Vice President', 'VP'],
  ['Human Resources', 'HR'],
  ['Customer Service', 'Cust. Service'],
  ['Information Technology', 'IT'],
  ['Research and Development', 'R&D'],
  ['Representative', 'Rep.'],
  ['Administrator', 'Admin.'],
  ['Administration', 'Admin.'],
  ['Coordinator', 'Coord.'],
  ['International', 'Intl.'],
  ['Development', 'Dev.'],
  ['Engineering', 'Eng.'],
  ['Management', 'Mgmt'],
  ['Operations', 'Ops'],
  ['Technology', 'Tech.'],
  ['Information', 'Info.'],
  ['Department', 'Dept.'],
  ['Specialist', 'Spec.'],
  ['Supervisor', 'Supv.'],
  ['Assistant', 'Asst.'],
  ['Associate', 'Assoc.'],
  ['Executive', 'Exec.'],
  ['Marketing', 'Mktg'],
  ['Director', 'Dir.'],
  ['Manager', 'Mgr'],
  ['Senior', 'Sr.'],
  ['Junior', 'Jr.'],
];
