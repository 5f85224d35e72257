#!/usr/bin/env bash
# Commits the refreshed snapshot onto the tip of the branch and pushes it. Called by
# .github/workflows/daily.yml; tested by tests/integration/workflow-scripts.test.ts against a
# local bare repository.
#
# Environment: BRANCH (to push to), BASE_SHA (the commit the daily run checked out and updated),
# REFRESHED (a folder holding the refreshed content/data), MESSAGE_FILE (the commit message
# npm run daily wrote).
#
# The refreshed snapshot is re-applied on the branch tip, not rebased: commits that landed since
# the checkout (code, templates) are kept as they are and cannot conflict, because only
# content/data is replaced. If content/data itself changed on the branch since BASE_SHA (a local
# update pushed, or an earlier run's data commit), the two snapshots were refreshed from
# different starting points and cannot be combined by copying files; this run's data is then
# not committed, with a warning, and nothing is lost: the branch keeps its data, and the next run
# starts from it and fetches again whatever this one had found. Never stops half-way through a
# rebase: it either pushes, or leaves the branch untouched.
set -euo pipefail

: "${BRANCH:?}" "${BASE_SHA:?}" "${REFRESHED:?}" "${MESSAGE_FILE:?}"
[ -d "$REFRESHED/content/data" ] || { echo "::error title=Snapshot not committed::$REFRESHED/content/data is missing"; exit 1; }

for attempt in 1 2 3; do
  git fetch --quiet origin "$BRANCH"
  tip=$(git rev-parse FETCH_HEAD)
  if ! git diff --quiet "$BASE_SHA" "$tip" -- content/data; then
    echo "::warning title=Snapshot not committed::content/data changed on $BRANCH since this run checked out ${BASE_SHA:0:7} (now ${tip:0:7}). This run's data was published but not committed; the next run starts from the newer snapshot and fetches again."
    exit 0
  fi
  git checkout --quiet --detach "$tip"
  rm -rf content/data
  cp -R "$REFRESHED/content/data" content/data
  git add -A content/data
  if git diff --cached --quiet; then
    echo "content/data is the same as on $BRANCH; nothing to commit"
    exit 0
  fi
  git commit --quiet --file "$MESSAGE_FILE"
  git log -1 --stat --format='%h %s'
  if git push --quiet origin "HEAD:$BRANCH"; then
    exit 0
  fi
  echo "push to $BRANCH refused (attempt $attempt); someone pushed meanwhile, trying again on the new tip"
  git reset --quiet --hard "$tip"
done
echo "::error title=Snapshot not committed::could not push the data commit to $BRANCH after 3 attempts"
exit 1
