stub: upstream file of 31311 bytes
