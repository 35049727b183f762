stub: upstream file of 15102 bytes
