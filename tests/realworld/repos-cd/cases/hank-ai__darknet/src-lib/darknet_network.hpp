stub: upstream file of 13374 bytes
