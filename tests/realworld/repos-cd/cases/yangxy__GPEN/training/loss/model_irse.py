stub: upstream file of 3004 bytes
