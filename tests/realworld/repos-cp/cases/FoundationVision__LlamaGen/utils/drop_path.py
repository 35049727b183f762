stub: upstream file of 1594 bytes
