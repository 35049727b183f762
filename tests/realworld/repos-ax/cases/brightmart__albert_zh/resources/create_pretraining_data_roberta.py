stub: upstream file of 26139 bytes
