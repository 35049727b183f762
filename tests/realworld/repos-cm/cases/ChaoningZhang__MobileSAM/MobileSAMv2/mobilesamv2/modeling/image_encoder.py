stub: upstream file of 14455 bytes
