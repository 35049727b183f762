stub: upstream file of 10482 bytes
