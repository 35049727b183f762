stub: upstream file of 1502 bytes
