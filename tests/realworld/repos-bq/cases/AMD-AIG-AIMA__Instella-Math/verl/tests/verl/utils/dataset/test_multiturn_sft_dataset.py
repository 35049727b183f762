stub: upstream file of 8030 bytes
