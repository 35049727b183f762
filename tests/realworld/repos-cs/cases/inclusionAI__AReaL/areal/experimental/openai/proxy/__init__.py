stub: upstream file of 210 bytes
