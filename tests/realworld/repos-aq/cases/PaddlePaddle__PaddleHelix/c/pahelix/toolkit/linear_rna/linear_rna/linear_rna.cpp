stub: upstream file of 8166 bytes
