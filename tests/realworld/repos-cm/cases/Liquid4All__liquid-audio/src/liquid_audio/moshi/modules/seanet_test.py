stub: upstream file of 6240 bytes
