stub: upstream file of 3968 bytes
