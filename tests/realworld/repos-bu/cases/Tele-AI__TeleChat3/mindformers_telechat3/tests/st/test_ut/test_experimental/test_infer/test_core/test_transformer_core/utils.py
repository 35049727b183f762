stub: upstream file of 7700 bytes
