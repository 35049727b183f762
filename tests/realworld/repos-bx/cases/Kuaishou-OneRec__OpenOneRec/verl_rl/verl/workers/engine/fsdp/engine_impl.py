stub: upstream file of 31139 bytes
