stub: upstream file of 13469 bytes
