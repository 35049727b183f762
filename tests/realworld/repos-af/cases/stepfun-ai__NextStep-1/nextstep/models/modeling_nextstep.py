stub: upstream file of 33080 bytes
