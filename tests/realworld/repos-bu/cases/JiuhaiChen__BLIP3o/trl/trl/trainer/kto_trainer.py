stub: upstream file of 82344 bytes
