version https://git-lfs.github.com/spec/v1
oid sha256:0630d9cd966c241b7addd7ba29999d682427dc2a53aaadee80b2f08b5cca5117
size 6985
