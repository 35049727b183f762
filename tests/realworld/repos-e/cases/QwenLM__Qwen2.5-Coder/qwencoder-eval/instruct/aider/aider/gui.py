stub: upstream file of 17528 bytes
