stub: upstream file of 7002 bytes
