stub: upstream file of 17469 bytes
