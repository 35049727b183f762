stub: upstream file of 83 bytes
