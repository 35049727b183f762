stub: upstream file of 10410 bytes
