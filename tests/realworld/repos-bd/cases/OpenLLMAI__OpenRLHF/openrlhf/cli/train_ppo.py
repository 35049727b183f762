stub: upstream file of 16255 bytes
