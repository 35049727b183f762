stub: upstream file of 37126 bytes
