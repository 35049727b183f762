stub: upstream file of 47 bytes
