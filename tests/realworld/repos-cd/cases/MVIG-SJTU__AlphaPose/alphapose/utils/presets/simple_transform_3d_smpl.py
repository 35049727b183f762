stub: upstream file of 23170 bytes
