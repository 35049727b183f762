stub: upstream file of 9577 bytes
