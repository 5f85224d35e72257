// Template authors link site pages from the root ("[methodology](/methodology/)"); on a project
// site the pages live under a path (/repo/methodology/). This plugin rewrites every
// root-relative link of a template through the site's path function, once per template,
// before it is prerendered. The function comes from the site layer (site/paths.ts).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const ROOT_RELATIVE = /^\/(?!\/)/;

export interface SiteLinkOptions {
  /** A root-relative site path as it is linked on the published site. */
  readonly sitePath: (path: string) => string;
}

export function remarkSiteLinks(opts: SiteLinkOptions) {
  return (tree: Root) => {
    visit(tree, (node) => {
      if ((node.type === 'link' || node.type === 'definition') && ROOT_RELATIVE.test(node.url)) node.url = opts.sitePath(node.url);
    });
  };
}
