stub: upstream file of 71250 bytes
