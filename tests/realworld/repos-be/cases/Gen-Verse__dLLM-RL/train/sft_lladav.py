stub: upstream file of 23489 bytes
