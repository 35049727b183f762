stub: upstream file of 2419 bytes
