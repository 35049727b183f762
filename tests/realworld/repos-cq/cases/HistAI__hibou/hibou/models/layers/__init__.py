stub: upstream file of 411 bytes
