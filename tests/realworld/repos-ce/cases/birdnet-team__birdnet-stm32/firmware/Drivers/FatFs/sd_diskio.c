stub: upstream file of 4995 bytes
