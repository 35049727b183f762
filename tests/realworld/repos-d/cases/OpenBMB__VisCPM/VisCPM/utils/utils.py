stub: upstream file of 24250 bytes
