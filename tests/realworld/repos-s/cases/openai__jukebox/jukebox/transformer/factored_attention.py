stub: upstream file of 24071 bytes
