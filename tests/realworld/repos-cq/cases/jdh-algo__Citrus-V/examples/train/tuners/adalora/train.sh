stub: upstream file of 439 bytes
