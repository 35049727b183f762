stub: upstream file of 72095 bytes
