stub: upstream file of 1339 bytes
