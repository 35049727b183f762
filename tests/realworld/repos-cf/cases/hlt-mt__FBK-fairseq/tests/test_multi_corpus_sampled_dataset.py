stub: upstream file of 3105 bytes
