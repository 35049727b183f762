stub: upstream file of 15267 bytes
