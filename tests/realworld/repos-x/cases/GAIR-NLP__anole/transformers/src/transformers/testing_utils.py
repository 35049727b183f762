stub: upstream file of 85482 bytes
