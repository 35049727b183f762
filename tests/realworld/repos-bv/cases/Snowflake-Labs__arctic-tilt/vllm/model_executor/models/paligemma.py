stub: upstream file of 14333 bytes
