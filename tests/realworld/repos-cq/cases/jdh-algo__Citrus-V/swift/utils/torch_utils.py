stub: upstream file of 16030 bytes
