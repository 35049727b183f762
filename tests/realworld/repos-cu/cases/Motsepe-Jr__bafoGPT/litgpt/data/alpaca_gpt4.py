stub: upstream file of 950 bytes
