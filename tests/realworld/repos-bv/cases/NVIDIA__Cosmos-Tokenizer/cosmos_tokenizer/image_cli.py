stub: upstream file of 6049 bytes
