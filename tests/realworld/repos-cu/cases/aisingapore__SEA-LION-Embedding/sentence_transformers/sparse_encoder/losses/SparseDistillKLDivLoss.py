stub: upstream file of 7360 bytes
