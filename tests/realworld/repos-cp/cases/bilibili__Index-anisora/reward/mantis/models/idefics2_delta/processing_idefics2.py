stub: upstream file of 12482 bytes
