stub: upstream file of 10294 bytes
