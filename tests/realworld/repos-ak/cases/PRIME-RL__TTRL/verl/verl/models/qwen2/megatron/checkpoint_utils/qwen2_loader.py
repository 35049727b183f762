stub: upstream file of 15001 bytes
