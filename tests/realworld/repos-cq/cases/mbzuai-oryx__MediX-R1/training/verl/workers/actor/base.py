stub: upstream file of 1965 bytes
