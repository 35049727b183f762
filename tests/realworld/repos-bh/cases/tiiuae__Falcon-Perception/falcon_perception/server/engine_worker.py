stub: upstream file of 30518 bytes
