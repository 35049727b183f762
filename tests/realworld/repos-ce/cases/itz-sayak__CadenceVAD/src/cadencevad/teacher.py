stub: upstream file of 6901 bytes
