stub: upstream file of 312 bytes
