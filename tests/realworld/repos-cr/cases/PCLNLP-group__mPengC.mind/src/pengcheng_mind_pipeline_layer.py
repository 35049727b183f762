stub: upstream file of 61267 bytes
