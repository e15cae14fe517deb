import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The field names selected under a path of the current field, e.g. ['edges', 'node'], with
 * fragments followed. Lets a list resolver ask upstream only for what the query reads.
 */
export function selectedFieldsAt(info: GraphQLResolveInfo, path: string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );

  for (const name of path) {
    sets = fieldsIn(sets, info)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsIn(sets, info).map((field) => field.name.value));
}

function fieldsIn(sets: SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((selection): FieldNode[] => {
      if (selection.kind === 'Field') return [selection];
      if (selection.kind === 'InlineFragment') return fieldsIn([selection.selectionSet], info);
      const fragment = info.fragments[selection.name.value];
      return fragment ? fieldsIn([fragment.selectionSet], info) : [];
    }),
  );
}
