stub: upstream file of 21428 bytes
