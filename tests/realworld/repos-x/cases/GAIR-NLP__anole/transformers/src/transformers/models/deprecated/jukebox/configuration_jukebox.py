stub: upstream file of 26749 bytes
