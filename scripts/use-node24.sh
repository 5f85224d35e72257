# Source from bash (`source scripts/use-node24.sh`): puts a Node >= 22.19 first on PATH.
# Astro 7 refuses Node 20 and undici 8 needs >= 22.19; the machine image ships Node 20, so we take
# Node 24 from the npm registry (package `node@24`), cached in a prefix so later runs cost ~0.1 s.
# npm scripts do not need this: `npm install` brings the same Node 24 into node_modules/.bin (the
# `node` devDependency) and npm puts it first on PATH. This is for a whole interactive shell.
node_ok() { "${1:-node}" -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)' 2>/dev/null; }
if ! node_ok node; then
  NODE24_PREFIX="${NODE24_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/node24}"
  if ! node_ok "$NODE24_PREFIX/node_modules/.bin/node"; then
    echo "use-node24: installing node@24 into $NODE24_PREFIX" >&2
    mkdir -p "$NODE24_PREFIX"
    # The node package's preinstall fetches the binary; npm 11 wants it approved explicitly.
    printf '{"private":true,"allowScripts":{"node":true}}\n' > "$NODE24_PREFIX/package.json"
    npm install --no-save --no-package-lock --no-audit --no-fund --loglevel=error \
      --prefix "$NODE24_PREFIX" node@24 >&2 || { echo "use-node24: npm install node@24 failed; check access to the npm registry" >&2; return 1 2>/dev/null || exit 1; }
    node_ok "$NODE24_PREFIX/node_modules/.bin/node" || { echo "use-node24: node@24 installed but does not run" >&2; return 1 2>/dev/null || exit 1; }
  fi
  export PATH="$NODE24_PREFIX/node_modules/.bin:$PATH"
fi
