stub: upstream file of 9460 bytes
