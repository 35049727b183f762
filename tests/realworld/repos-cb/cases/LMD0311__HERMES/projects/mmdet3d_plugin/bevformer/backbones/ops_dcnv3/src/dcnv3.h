stub: upstream file of 2518 bytes
