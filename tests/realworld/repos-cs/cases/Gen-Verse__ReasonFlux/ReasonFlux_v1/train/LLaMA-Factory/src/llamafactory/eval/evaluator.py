stub: upstream file of 7374 bytes
