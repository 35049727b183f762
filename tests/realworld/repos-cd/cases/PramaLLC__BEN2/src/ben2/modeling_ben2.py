stub: upstream file of 55980 bytes
