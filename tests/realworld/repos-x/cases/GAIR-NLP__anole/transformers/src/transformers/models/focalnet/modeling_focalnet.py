stub: upstream file of 43126 bytes
