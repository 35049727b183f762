stub: upstream file of 3518 bytes
