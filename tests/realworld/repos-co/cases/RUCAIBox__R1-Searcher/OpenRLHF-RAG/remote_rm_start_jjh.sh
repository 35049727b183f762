stub: upstream file of 1126 bytes
