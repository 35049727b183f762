stub: upstream file of 1465 bytes
