stub: upstream file of 38352 bytes
