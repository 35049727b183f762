stub: upstream file of 35100 bytes
