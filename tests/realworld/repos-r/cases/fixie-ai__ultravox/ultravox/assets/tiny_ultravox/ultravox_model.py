version https://git-lfs.github.com/spec/v1
oid sha256:42dee1057ada3b9623e47504403b315f9cf38e989234ef3ac742c102b1dd106f
size 35474
