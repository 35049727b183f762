stub: upstream file of 63411 bytes
