stub: upstream file of 12919 bytes
