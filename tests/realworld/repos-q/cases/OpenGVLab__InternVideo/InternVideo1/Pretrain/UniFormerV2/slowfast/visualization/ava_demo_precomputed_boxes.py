stub: upstream file of 18210 bytes
