stub: upstream file of 14304 bytes
