stub: upstream file of 29046 bytes
