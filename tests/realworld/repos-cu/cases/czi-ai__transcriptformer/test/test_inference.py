stub: upstream file of 4004 bytes
