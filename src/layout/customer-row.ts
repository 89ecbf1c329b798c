/**
 * Where the customer row goes: each customer over the roles that serve it.
 */
import type { Customer, Role } from '../domain/chart';

/**
 * Horizontal centre of each customer. A customer wants to sit at the mean
 * centre of the roles whose `serves` names it; customers nobody serves are
 * appended at the right, in document order, after everything else.
 *
 * Overlaps are resolved keeping the customers in the order of their wanted
 * centres (ties by document order): runs of customers that would overlap are
 * packed `gap` apart and centred as a block on their wanted centres (the
 * order-preserving placement with the least squared displacement, found by
 * pooling adjacent blocks). Linear in links, plus sorting the customers.
 *
 * @param roleX centre of role i (roles in forest order)
 * @param rightEdge right edge of all roles, or null when there are none
 */
export function placeCustomers(
  customers: readonly Customer[],
  widths: Float64Array,
  roles: readonly Role[],
  roleX: Float64Array,
  rightEdge: number | null,
  gap: number,
): Float64Array {
  const m = customers.length;
  const centre = new Float64Array(m);
  if (m === 0) return centre;

  const indexOf = new Map<string, number>();
  for (let c = 0; c < m; c++) indexOf.set((customers[c] as Customer).id, c);
  const sum = new Float64Array(m);
  const count = new Int32Array(m);
  // Counts a role once per customer even if its serves repeats the id.
  const lastRole = new Int32Array(m).fill(-1);
  for (let i = 0; i < roles.length; i++) {
    for (const target of (roles[i] as Role).serves) {
      const c = indexOf.get(target);
      if (c === undefined || lastRole[c] === i) continue;
      lastRole[c] = i;
      sum[c] = sum[c]! + roleX[i]!;
      count[c] = count[c]! + 1;
    }
  }

  const wanted = new Float64Array(m);
  const served: number[] = [];
  for (let c = 0; c < m; c++) {
    if (count[c]! > 0) {
      wanted[c] = sum[c]! / count[c]!;
      served.push(c);
    }
  }
  served.sort((a, b) => wanted[a]! - wanted[b]! || a - b);

  // Blocks of customers packed side by side. For a block, `offsetSum` is the
  // sum over its members of (wanted centre - centre's offset from the block's
  // left edge), so its best left edge is offsetSum / size.
  const blockFirst: number[] = [];
  const blockSize: number[] = [];
  const blockOffsetSum: number[] = [];
  const blockWidth: number[] = [];
  for (let k = 0; k < served.length; k++) {
    const c = served[k]!;
    let first = k;
    let size = 1;
    let offsetSum = wanted[c]! - widths[c]! / 2;
    let width = widths[c]!;
    while (blockFirst.length > 0) {
      const top = blockFirst.length - 1;
      const prevLeft = blockOffsetSum[top]! / blockSize[top]!;
      const prevSpan = blockWidth[top]! + gap;
      if (prevLeft + prevSpan <= offsetSum / size) break;
      first = blockFirst[top]!;
      offsetSum = blockOffsetSum[top]! + offsetSum - size * prevSpan;
      size += blockSize[top]!;
      width += prevSpan;
      blockFirst.pop();
      blockSize.pop();
      blockOffsetSum.pop();
      blockWidth.pop();
    }
    blockFirst.push(first);
    blockSize.push(size);
    blockOffsetSum.push(offsetSum);
    blockWidth.push(width);
  }

  let right: number | null = rightEdge;
  for (let b = 0; b < blockFirst.length; b++) {
    let left = blockOffsetSum[b]! / blockSize[b]!;
    const end = blockFirst[b]! + blockSize[b]!;
    for (let k = blockFirst[b]!; k < end; k++) {
      const c = served[k]!;
      centre[c] = left + widths[c]! / 2;
      left += widths[c]! + gap;
    }
    const blockRight = left - gap;
    if (right === null || blockRight > right) right = blockRight;
  }

  let left = right === null ? 0 : right + gap;
  for (let c = 0; c < m; c++) {
    if (count[c]! > 0) continue;
    centre[c] = left + widths[c]! / 2;
    left += widths[c]! + gap;
  }
  return centre;
}
