stub: upstream file of 8040 bytes
