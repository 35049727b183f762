stub: upstream file of 6002 bytes
