stub: upstream file of 5428 bytes
