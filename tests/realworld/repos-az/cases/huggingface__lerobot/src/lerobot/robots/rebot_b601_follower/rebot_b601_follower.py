stub: upstream file of 13396 bytes
