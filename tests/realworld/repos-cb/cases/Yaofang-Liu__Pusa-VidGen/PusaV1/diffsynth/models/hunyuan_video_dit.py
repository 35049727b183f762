stub: upstream file of 42030 bytes
