stub: upstream file of 20213 bytes
