stub: upstream file of 31250 bytes
