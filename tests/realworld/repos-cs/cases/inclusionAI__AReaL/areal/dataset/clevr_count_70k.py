stub: upstream file of 8562 bytes
