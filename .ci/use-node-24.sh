# Sourced, not run: puts Node 24 first on the PATH when the machine's Node is older.
# The binary is the official build, shipped by the npm registry as node-linux-<arch>.
NODE_24_VERSION=24.22.3

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 24 ]; then
  case "$(uname -m)" in
    x86_64) node_arch=x64 ;;
    aarch64 | arm64) node_arch=arm64 ;;
    *) echo "No Node 24 package for $(uname -m); install Node 24 yourself." >&2; exit 1 ;;
  esac
  node_home="${XDG_CACHE_HOME:-$HOME/.cache}/interlude/node-$NODE_24_VERSION-$node_arch"
  node_bin="$node_home/node_modules/node-linux-$node_arch/bin"
  if [ ! -x "$node_bin/node" ]; then
    npm install --prefix "$node_home" --no-save --no-audit --no-fund --no-package-lock \
      "node-linux-$node_arch@$NODE_24_VERSION" >/dev/null
  fi
  export PATH="$node_bin:$PATH"
fi
echo "Node $(node --version), npm $(npm --version)"
