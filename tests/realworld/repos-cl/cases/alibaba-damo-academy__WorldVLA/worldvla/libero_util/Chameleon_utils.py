stub: upstream file of 25155 bytes
