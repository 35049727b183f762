stub: upstream file of 22445 bytes
