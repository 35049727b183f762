stub: upstream file of 13953 bytes
