stub: upstream file of 73397 bytes
