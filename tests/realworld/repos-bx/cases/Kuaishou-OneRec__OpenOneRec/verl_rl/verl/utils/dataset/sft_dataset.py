stub: upstream file of 7404 bytes
