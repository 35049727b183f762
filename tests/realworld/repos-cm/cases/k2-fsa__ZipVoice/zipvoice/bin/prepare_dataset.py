stub: upstream file of 8953 bytes
