stub: upstream file of 2625 bytes
