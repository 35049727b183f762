stub: upstream file of 28888 bytes
