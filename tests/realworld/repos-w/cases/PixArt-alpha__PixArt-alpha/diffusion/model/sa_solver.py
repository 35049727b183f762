stub: upstream file of 57955 bytes
