stub: upstream file of 17385 bytes
