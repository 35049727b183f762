stub: upstream file of 29639 bytes
