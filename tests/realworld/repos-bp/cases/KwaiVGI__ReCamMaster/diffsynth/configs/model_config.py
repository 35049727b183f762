stub: upstream file of 50114 bytes
