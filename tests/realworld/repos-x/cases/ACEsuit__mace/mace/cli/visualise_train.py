stub: upstream file of 29137 bytes
