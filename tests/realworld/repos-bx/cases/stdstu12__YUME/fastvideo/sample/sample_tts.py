stub: upstream file of 53220 bytes
