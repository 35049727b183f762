stub: upstream file of 68972 bytes
