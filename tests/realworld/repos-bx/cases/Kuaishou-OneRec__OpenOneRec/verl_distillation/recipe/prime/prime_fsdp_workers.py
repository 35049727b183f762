stub: upstream file of 16433 bytes
