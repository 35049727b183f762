stub: upstream file of 31858 bytes
