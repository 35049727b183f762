stub: upstream file of 6196 bytes
