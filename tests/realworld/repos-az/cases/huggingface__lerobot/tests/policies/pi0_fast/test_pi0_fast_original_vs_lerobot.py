stub: upstream file of 17977 bytes
