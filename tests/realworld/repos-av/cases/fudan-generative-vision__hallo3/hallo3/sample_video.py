stub: upstream file of 17240 bytes
