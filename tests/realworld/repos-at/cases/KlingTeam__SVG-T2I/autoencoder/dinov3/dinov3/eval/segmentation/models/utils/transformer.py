stub: upstream file of 11918 bytes
