stub: upstream file of 4002 bytes
