stub: upstream file of 12340 bytes
