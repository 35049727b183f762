stub: upstream file of 21106 bytes
