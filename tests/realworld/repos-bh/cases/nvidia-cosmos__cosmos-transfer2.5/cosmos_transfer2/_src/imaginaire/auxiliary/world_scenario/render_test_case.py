stub: upstream file of 56319 bytes
