stub: upstream file of 38524 bytes
