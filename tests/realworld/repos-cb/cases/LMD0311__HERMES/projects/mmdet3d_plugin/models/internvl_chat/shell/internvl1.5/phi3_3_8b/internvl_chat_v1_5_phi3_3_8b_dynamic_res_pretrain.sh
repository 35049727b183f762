stub: upstream file of 2200 bytes
