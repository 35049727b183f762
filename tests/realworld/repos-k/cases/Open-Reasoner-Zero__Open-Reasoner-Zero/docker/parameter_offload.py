stub: upstream file of 25953 bytes
