stub: upstream file of 10555 bytes
