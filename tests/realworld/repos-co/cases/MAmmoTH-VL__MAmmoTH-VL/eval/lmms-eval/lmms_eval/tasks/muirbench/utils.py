stub: upstream file of 3950 bytes
