stub: upstream file of 20323 bytes
