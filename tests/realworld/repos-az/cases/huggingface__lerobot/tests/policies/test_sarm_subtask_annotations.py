stub: upstream file of 5179 bytes
