stub: upstream file of 4579 bytes
