stub: upstream file of 24360 bytes
