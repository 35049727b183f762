stub: upstream file of 54137 bytes
