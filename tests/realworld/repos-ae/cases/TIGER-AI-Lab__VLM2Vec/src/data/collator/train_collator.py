stub: upstream file of 10525 bytes
