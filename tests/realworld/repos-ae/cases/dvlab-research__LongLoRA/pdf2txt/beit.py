stub: upstream file of 30450 bytes
